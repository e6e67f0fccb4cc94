/**
 * `node tools/build/strip-index-marks.ts <out dir>` — run after `pagefind --site <out dir>` (npm run build): remove
 * Pagefind's marks from every built page (tools/build/index-marks.ts). Prints how many pages changed and the bytes saved.
 * Running it before Pagefind would index whole pages, navigation and all: the build runs it after, never before.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { stripIndexMarks } from "./index-marks.ts";

const outDir = process.argv[2] ?? "dist";
if (!existsSync(join(outDir, "pagefind", "pagefind-entry.json"))) {
  console.error(`strip-index-marks: ${outDir} has no search index yet; run pagefind --site ${outDir} first.`);
  process.exit(1);
}
const { pages, bytes } = stripIndexMarks(outDir);
console.log(`strip-index-marks: Pagefind's marks removed from ${pages} pages (${(bytes / 1024).toFixed(0)} KB)`);
