/**
 * The service worker of offline reading, served as `<site root>/sw.js` (tools/offline/cli.ts strips its types; it
 * imports nothing, so it runs as a classic script). It is registered only when a reader asks, on the offline page,
 * to save an edition; scope: the site's root, so that the search index both editions share (and Pagefind's worker) are
 * in it.
 *
 * - `save` (a message from the offline page): fetch the edition's offline.json and cache every file it lists, telling
 *   the page its progress; files already saved with the same hash are kept.
 * - Requests for a saved file go to the network first while it answers (so an online reader reads the live site) and to
 *   the saved copy when it does not (or when the device says it is offline); the site's scripts and the search index (content-hashed) come from the copy
 *   first. A page served from the copy shows a line saying so, with the date it was saved.
 * - On an online page visit (at most every few minutes) each saved edition's offline.json is fetched again and, if the
 *   build has changed, the changed files are fetched and the removed ones dropped.
 * Anything not in a saved copy (the other edition, when only one is saved) passes through untouched.
 */

// The names below are also in src/lib/offline.ts (this file imports nothing).
const PREFIX = "kb-offline ";
const MANIFEST = "offline.json";
const CHECK_EVERY_MS = 5 * 60 * 1000;
const PARALLEL = 6;

interface ManifestFile {
  url: string;
  hash: string;
  bytes: number;
}
interface Manifest {
  version: string;
  base: string;
  bytes: number;
  files: ManifestFile[];
}
/** What a saved copy records about itself, stored in its cache under the manifest's URL. */
interface Saved extends Manifest {
  saved: string;
  /** The line shown on a page read from the copy; "{date}" is replaced by the date it was saved. */
  banner: string;
}
interface Message {
  type: string;
  base?: string;
  banner?: string;
}
interface Poster {
  postMessage(message: unknown): void;
}
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEventLike extends ExtendableEvent {
  data: Message;
  source: Poster | null;
}
interface Worker {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: MessageEventLike) => void): void;
}

const worker = self as unknown as Worker;
let lastCheck = 0;

worker.addEventListener("install", (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener("activate", (event) => event.waitUntil(worker.clients.claim()));

worker.addEventListener("message", (event) => {
  const { type, base, banner } = event.data;
  if (type === "save" && typeof base === "string" && typeof banner === "string") event.waitUntil(save(base, banner, event.source));
});

worker.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin) return;
  event.respondWith(respond(event, url));
});

/** The saved copies: each cache with its record. */
async function savedCopies(): Promise<{ cache: Cache; saved: Saved }[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(PREFIX));
  const copies = await Promise.all(
    names.map(async (name) => {
      const cache = await caches.open(name);
      const record = await cache.match(name.slice(PREFIX.length) + MANIFEST);
      return record === undefined ? undefined : { cache, saved: (await record.json()) as Saved };
    }),
  );
  return copies.filter((copy) => copy !== undefined);
}

/** The saved response for a URL path (the query is ignored: Pagefind adds one to its entry file), with its copy's record. */
async function fromCopy(path: string): Promise<{ response: Response; saved: Saved } | undefined> {
  for (const { cache, saved } of await savedCopies()) {
    if (!path.startsWith(saved.base) && !path.includes("/pagefind/")) continue;
    const response = await cache.match(path);
    if (response !== undefined) return { response, saved };
  }
  return undefined;
}

async function respond(event: FetchEvent, url: URL): Promise<Response> {
  const request = event.request;
  const hashed = url.pathname.includes("/_astro/") || url.pathname.includes("/pagefind/");
  // With the device offline a page may still come from the browser's HTTP cache: serve the copy, which says it is one.
  if (request.mode === "navigate" && !navigator.onLine) {
    const copy = await fromCopy(url.pathname);
    if (copy !== undefined) return withBanner(copy.response, copy.saved);
  }
  if (hashed) {
    const copy = await fromCopy(url.pathname);
    if (copy !== undefined) return copy.response;
  }
  try {
    const response = await fetch(request);
    if (request.mode === "navigate" && Date.now() - lastCheck > CHECK_EVERY_MS) {
      lastCheck = Date.now();
      event.waitUntil(checkForUpdates());
    }
    return response;
  } catch (error) {
    const copy = hashed ? undefined : await fromCopy(url.pathname);
    if (copy === undefined) throw error;
    return request.mode === "navigate" ? withBanner(copy.response, copy.saved) : copy.response;
  }
}

/** A saved page with the offline line at the top of its main content (text only: the page's policy allows no new code). */
async function withBanner(response: Response, saved: Saved): Promise<Response> {
  if (!(response.headers.get("content-type") ?? "").includes("text/html")) return response;
  const html = await response.text();
  const text = saved.banner.replace("{date}", saved.saved.slice(0, 10)).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const line = `<p class="site-note offline-notice" role="status" data-offline-notice>${text}</p>`;
  return new Response(
    html.replace(/<main\b[^>]*>/, (main) => main + line),
    { status: response.status, statusText: response.statusText, headers: response.headers },
  );
}

/** Save an edition, or bring a saved one up to date: fetch what changed, drop what is gone, record the new version. */
async function save(base: string, banner: string, client: Poster | null): Promise<void> {
  const manifestUrl = base + MANIFEST;
  try {
    const manifest = (await (await fetch(manifestUrl, { cache: "no-store" })).json()) as Manifest;
    const cache = await caches.open(PREFIX + base);
    const before = await cache.match(manifestUrl);
    const old = new Map(before === undefined ? [] : ((await before.json()) as Saved).files.map((f) => [f.url, f.hash]));
    const todo: ManifestFile[] = [];
    for (const file of manifest.files) if (old.get(file.url) !== file.hash || (await cache.match(file.url)) === undefined) todo.push(file);
    const total = todo.reduce((sum, f) => sum + f.bytes, 0);
    let done = 0;
    let files = 0;
    const queue = [...todo];
    const fetchOne = async (): Promise<void> => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const response = await fetch(file.url, { cache: "no-cache" });
        if (!response.ok) throw new Error(`${file.url}: ${response.status}`);
        await cache.put(file.url, response);
        done += file.bytes;
        files += 1;
        client?.postMessage({ type: "progress", done, total, files, count: todo.length });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, fetchOne));
    const keep = new Set(manifest.files.map((f) => new URL(f.url, location.href).href));
    keep.add(new URL(manifestUrl, location.href).href);
    for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
    const saved: Saved = { ...manifest, saved: new Date().toISOString(), banner };
    await cache.put(manifestUrl, new Response(JSON.stringify(saved), { headers: { "content-type": "application/json" } }));
    client?.postMessage({ type: "saved", saved: saved.saved, bytes: manifest.bytes, fetched: todo.length });
  } catch (error) {
    client?.postMessage({ type: "failed", message: String(error) });
  }
}

/** Compare each saved edition with the site's current offline.json and update it when the build has changed. */
async function checkForUpdates(): Promise<void> {
  for (const { saved } of await savedCopies()) {
    try {
      const current = (await (await fetch(saved.base + MANIFEST, { cache: "no-store" })).json()) as Manifest;
      if (current.version !== saved.version) await save(saved.base, saved.banner, null);
    } catch {
      // Offline again, or the manifest is gone: try on a later visit.
    }
  }
}

export {};
