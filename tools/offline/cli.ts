/**
 * `node tools/offline/cli.ts <out dir> [base path]` — run after Pagefind (the last step of `npm run build`): write each
 * edition's list of files for offline reading, `<edition>/offline.json` (src/lib/offline.ts), and the service worker,
 * `<out dir>/sw.js` (src/client/offline-sw.ts with its types stripped). Prints each edition's size.
 * The base path is the site's (KB_BASE_PATH; "/" by default): `node tools/offline/cli.ts dist-kb /kb/`.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { stripTypeScriptTypes } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { belongsToEdition, fileUrl, OFFLINE_MANIFEST, SERVICE_WORKER, type OfflineManifest } from "../../src/lib/offline.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const [outDir = "dist", rootBase = process.env["KB_BASE_PATH"] || "/"] = process.argv.slice(2);
const dir = join(ROOT, outDir);

const walk = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dir, path).split(sep).join("/")];
  });

const files = walk(dir).sort();
const entryPath = join(dir, "pagefind/pagefind-entry.json");
const entry = existsSync(entryPath)
  ? (JSON.parse(readFileSync(entryPath, "utf8")) as { languages: Record<string, { wasm: string | null }> })
  : { languages: {} as Record<string, { wasm: string | null }> };
if (!existsSync(entryPath)) console.warn(`offline: ${outDir} has no search index (Pagefind has not run); the saved copies will have no search.`);

const EDITIONS = [
  { name: "zh", folder: "", otherEditions: ["en/"], pagefindLanguage: "zh-cn" },
  { name: "en", folder: "en/", otherEditions: [], pagefindLanguage: "en" },
];

for (const edition of EDITIONS) {
  if (!existsSync(join(dir, edition.folder, "index.html"))) continue;
  const wasm = entry.languages[edition.pagefindLanguage]?.wasm ?? "unknown";
  const own = files.filter((file) => belongsToEdition(file, { ...edition, wasm }));
  const listed = own.map((file) => {
    const content = readFileSync(join(dir, file));
    return { url: fileUrl(rootBase, file), hash: createHash("sha256").update(content).digest("hex").slice(0, 16), bytes: content.length };
  });
  const version = createHash("sha256")
    .update(listed.map((f) => `${f.url} ${f.hash}`).join("\n"))
    .digest("hex")
    .slice(0, 16);
  const manifest: OfflineManifest = { version, base: `${rootBase}${edition.folder}`, bytes: listed.reduce((sum, f) => sum + f.bytes, 0), files: listed };
  writeFileSync(join(dir, edition.folder, OFFLINE_MANIFEST), JSON.stringify(manifest));
  const search = listed.filter((f) => f.url.includes("/pagefind/")).reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `offline: ${edition.name} edition ${manifest.base}: ${listed.length} files, ${(manifest.bytes / 1e6).toFixed(1)} MB (search index ${(search / 1e6).toFixed(1)} MB), version ${version}`,
  );
}

const source = readFileSync(join(ROOT, "src/client/offline-sw.ts"), "utf8");
const script = stripTypeScriptTypes(source, { mode: "strip" }).replace(/^export \{\};\s*$/m, "");
writeFileSync(join(dir, SERVICE_WORKER), script);
