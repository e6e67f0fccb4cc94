/**
 * Offline reading: what a saved copy of one edition holds, and the names the offline page and the service worker share.
 *
 * After Pagefind has indexed the built site, `tools/offline/cli.ts` lists each edition's files (its pages, scripts,
 * styles, images, downloads, and the search index in its language) with a hash of each into `<edition>/offline.json`,
 * and writes the service worker (src/client/offline-sw.ts) to `<site root>/sw.js`. Nothing is fetched or cached until
 * the reader asks for it on the offline page.
 */

/** The manifest of one edition's saved copy, written next to the edition's home page. */
export interface OfflineManifest {
  /** A hash of every file's path and content: it changes whenever the build changes anything saved. */
  version: string;
  /** The edition's base path ("/", "/en/", "/kb/en/"). */
  base: string;
  /** The total size of the files, in bytes. */
  bytes: number;
  /** Every file of the saved copy: its URL path (a page as its directory, "/concepts/x/"), content hash and size. */
  files: { url: string; hash: string; bytes: number }[];
}

/** The manifest's file name, in each edition's folder. */
export const OFFLINE_MANIFEST = "offline.json";
/** The service worker's file name, at the site's root (one worker for both editions: the search index they share lives there). */
export const SERVICE_WORKER = "sw.js";
/** The prefix of the Cache Storage names; each edition's copy is `<prefix><edition base>`. */
export const CACHE_PREFIX = "kb-offline ";

/** The cache that holds an edition's saved copy. */
export const cacheName = (editionBase: string): string => `${CACHE_PREFIX}${editionBase}`;

/** Pagefind's files that the site's own search never loads (Pagefind's ready-made interfaces). */
const PAGEFIND_UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Whether a file of the built site (its path relative to the site's root folder, "/"-separated) belongs to an
 * edition's saved copy. `otherEditions` are the folders of the editions nested in this one ("en/" in the Chinese);
 * `pagefindLanguage` is the edition's language in the index ("zh-cn", "en") and `wasm` its WebAssembly ("unknown" when
 * Pagefind has none for the language).
 */
export function belongsToEdition(file: string, edition: { folder: string; otherEditions: readonly string[]; pagefindLanguage: string; wasm: string }): boolean {
  if (file.startsWith("pagefind/")) {
    const rest = file.slice("pagefind/".length);
    const name = rest.slice(rest.lastIndexOf("/") + 1);
    if (rest.startsWith("index/") || rest.startsWith("fragment/") || rest.startsWith("filter/")) return name.startsWith(`${edition.pagefindLanguage}_`);
    if (rest.includes("/")) return false;
    if (name.endsWith(".pf_meta")) return name.startsWith(`pagefind.${edition.pagefindLanguage}_`);
    if (name.startsWith("wasm.")) return name === `wasm.${edition.wasm}.pagefind`;
    return !PAGEFIND_UNUSED.test(name);
  }
  if (!file.startsWith(edition.folder)) return false;
  const inEdition = file.slice(edition.folder.length);
  if (edition.otherEditions.some((other) => inEdition.startsWith(other))) return false;
  return inEdition !== OFFLINE_MANIFEST && inEdition !== SERVICE_WORKER;
}

/** The URL path a built file is served at: a page's index.html as its directory. */
export function fileUrl(rootBase: string, file: string): string {
  return `${rootBase}${file.replace(/(^|\/)index\.html$/, "$1")}`;
}
