/**
 * Pagefind's marks (data-pagefind-body, -ignore, -meta, -filter, -sort, -weight, -index-attrs, and the hidden spans that
 * carry page filters) tell the indexer what to read; once `pagefind --site` has run they are dead bytes in every page a
 * reader downloads. `npm run build` removes them after indexing (tools/build/strip-index-marks.ts).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { htmlFiles } from "../../src/integrations/built-pages.ts";

/** A start tag, with its attributes (quoted values may hold ">"). */
const START_TAG = /<[a-zA-Z][\w-]*(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*\/?>/g;
/** One Pagefind attribute inside a start tag, with its value if any. */
const MARK = /\s+data-pagefind-[a-z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?/g;
/** An element that exists only to carry Pagefind marks: <span hidden data-pagefind-…></span>. */
const CARRIER = /<span hidden(?:\s+data-pagefind-[a-z-]+(?:="[^"]*")?)+><\/span>/g;

/** The HTML without Pagefind's marks; everything else byte for byte. */
export function withoutIndexMarks(html: string): string {
  return html.replace(CARRIER, "").replace(START_TAG, (tag) => (tag.includes("data-pagefind-") ? tag.replace(MARK, "") : tag));
}

/** Remove the marks from every HTML file under `outDir`; returns how many pages changed and the bytes saved. */
export function stripIndexMarks(outDir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    const stripped = withoutIndexMarks(html);
    if (stripped === html) continue;
    writeFileSync(file, stripped);
    pages += 1;
    bytes += Buffer.byteLength(html) - Buffer.byteLength(stripped);
  }
  return { pages, bytes };
}
