/**
 * What link previews cost, all of it after the reader's first hover or focus on a link in the text (nothing before):
 * the preview module (src/client/preview.ts, one file), the card index it fetches once, and one card per preview.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface PreviewWeight {
  /** The preview module, gzip bytes (budget: 3 KB). */
  scriptGzip: number;
  /** The card index (every address with a card, and the card's strings), gzip bytes. */
  indexGzip: number;
  /** Card files: how many, the largest and the median in raw bytes (budget: 1 KB each). */
  cards: { count: number; maxBytes: number; medianBytes: number };
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Weigh the link previews of a built edition. */
export function weighPreview(dist: string): PreviewWeight | null {
  const script = readdirSync(join(dist, "_astro")).find((f) => /^preview\.[0-9a-f]+\.js$/.test(f));
  if (script === undefined) return null;
  const sizes: number[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path !== join(dist, "preview", "index.json")) sizes.push(statSync(path).size);
    }
  };
  walk(join(dist, "preview"));
  sizes.sort((a, b) => a - b);
  return {
    scriptGzip: gz(join(dist, "_astro", script)),
    indexGzip: gz(join(dist, "preview", "index.json")),
    cards: { count: sizes.length, maxBytes: sizes.at(-1) ?? 0, medianBytes: sizes[Math.floor(sizes.length / 2)] ?? 0 },
  };
}

/** One line for the page-weight table's notes. */
export function previewLine(p: PreviewWeight): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  return `Link previews (loaded on the first hover or focus on a link, 0 B before): script ${kb(p.scriptGzip)} KB gz (budget 3.0) ${p.scriptGzip <= 3072 ? "✓" : "✗"}, card index ${kb(p.indexGzip)} KB gz once, ${String(p.cards.count)} cards of median ${String(p.cards.medianBytes)} B, largest ${String(p.cards.maxBytes)} B (budget 1024) ${p.cards.maxBytes <= 1024 ? "✓" : "✗"}`;
}
