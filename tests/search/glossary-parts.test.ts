import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SearchEngine } from "../../src/lib/search/engine.ts";
import { GLOSSARY_SHARDS, glossaryCommon, glossaryFiles, glossaryShard, shardOf, type SearchGlossary } from "../../src/lib/search/terms.ts";
import { compact } from "../../src/lib/search/query.ts";
import { DIST } from "../helpers/dist.ts";
import { loadPagefind, type IndexLang } from "../helpers/pagefind.ts";

/**
 * The search page loads the glossary in parts (search/terms/common.json and one shard per query); the Node search tests
 * use it whole. The parts must be the whole, cut as terms.ts says, so that both find the same units.
 */
describe.each([
  ["zh-CN", ""],
  ["en", "en/"],
] as const)("the %s glossary's parts", (lang: IndexLang, dir: string) => {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(DIST, dir, "search", path), "utf8"));
  const whole = read("terms.json") as SearchGlossary;

  it("are the whole glossary, cut by shard", () => {
    expect(read("terms/common.json")).toEqual(glossaryCommon(whole));
    for (let n = 0; n < GLOSSARY_SHARDS; n++) expect(read(`terms/${n}.json`), `shard ${n}`).toEqual(glossaryShard(whole, n));
    for (const term of whole.terms) expect(glossaryShard(whole, shardOf(compact(term.zh)))).toContainEqual(term);
  });

  it("give the search page the same results as the whole glossary", async () => {
    const pagefind = await loadPagefind(lang);
    const parts = new SearchEngine(
      pagefind,
      glossaryFiles((path) => Promise.resolve(read(path))),
    );
    const all = new SearchEngine(pagefind, Promise.resolve(whole));
    const queries =
      lang === "en" ? ["whole-nation system", "juguo tizhi", "Zeng Xiankui", "xylophone"] : ["举国体制", "舉國體制", "曾宪奎", "揭榜挂帅", "举国体质"];
    for (const q of queries) {
      const state = { q, paper: null, kind: null };
      const [a, b] = [await parts.search(state), await all.search(state)];
      expect(
        a.hits.map((h) => h.url),
        q,
      ).toEqual(b.hits.map((h) => h.url));
      expect(a.suggestions, q).toEqual(b.suggestions);
      expect(a.counts, q).toEqual(b.counts);
    }
  });
});
