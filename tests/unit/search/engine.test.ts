import { describe, expect, it } from "vitest";
import { byTitleMatch, SearchEngine, type PagefindApi, type PagefindData, type SearchHit } from "../../../src/lib/search/engine.ts";
import type { PagefindFilters } from "../../../src/lib/search/filters.ts";
import { parseQuery } from "../../../src/lib/search/query.ts";
import type { SearchGlossary } from "../../../src/lib/search/terms.ts";

const page = (url: string, title: string, content: string, kind: string, papers: string[]): PagefindData => ({
  url,
  content,
  excerpt: content.slice(0, 20),
  meta: { title },
  filters: { kind: [kind], paper: papers },
  sub_results: [{ title: "论文A", url: `${url}#view-paper-a`, excerpt: "…" }],
});
const PAGES = [
  page("/concepts/juguo-tizhi/", "举国体制", "举国体制 集中力量办大事", "concept", ["paper-a", "paper-b"]),
  page("/stages/stage-new/", "新型举国体制建构阶段", "新型举国体制 建构", "stage", ["paper-a"]),
  page("/paper-b/b-1/", "探索与问题", "举国 与 体制 分开", "section", ["paper-b"]),
];
// Pagefind falls back to any word that is a prefix of an unknown query word: this page stands for such a stray match.
const STRAY = page("/references/", "参考文献", "X", "bibliography", ["paper-a", "paper-b"]);

function passes(p: PagefindData, filters: PagefindFilters): boolean {
  return Object.entries(filters).every(([key, want]) => {
    const have = p.filters[key] ?? [];
    if (typeof want === "string") return have.includes(want);
    if (Array.isArray(want)) return want.every((w) => have.includes(w));
    return want.any.some((w) => have.includes(w));
  });
}
function counts(pages: PagefindData[], key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of pages) for (const v of p.filters[key] ?? []) out[v] = (out[v] ?? 0) + 1;
  return out;
}
const fake: PagefindApi = {
  async filters() {
    return { kind: counts(PAGES, "kind"), paper: counts(PAGES, "paper") };
  },
  async search(term, options = {}) {
    const words = term.split(" ");
    const matched = [...PAGES.filter((p) => words.every((w) => p.content.includes(w))), STRAY].filter((p) => passes(p, options.filters ?? {}));
    return { results: matched.map((p) => ({ data: async () => p })), filters: { kind: counts(matched, "kind"), paper: counts(matched, "paper") } };
  },
};
const GLOSSARY: SearchGlossary = {
  traditional: "舉國體",
  terms: [{ id: "juguo-tizhi", href: "/concepts/juguo-tizhi/", zh: "举国体制", en: "Whole-nation system", kind: "concept", papers: ["paper-a", "paper-b"] }],
};

describe("SearchEngine", () => {
  const engine = new SearchEngine(fake, Promise.resolve(GLOSSARY), async () => (text) => text.replace("舉國體", "举国体"));

  it("puts the unit the query names first, with its page's excerpt, and drops stray matches", async () => {
    const outcome = await engine.search({ q: "举国体制", paper: null, kind: null });
    expect(outcome.hits.map((h) => [h.url, h.exact])).toEqual([
      ["/concepts/juguo-tizhi/", true],
      ["/stages/stage-new/", false],
      ["/paper-b/b-1/", false],
    ]);
    expect(outcome.hits[0]?.excerpt).toBe("举国体制 集中力量办大事");
    expect(outcome.total).toBe(3);
    expect(outcome.complete).toBe(true);
  });

  it("applies filters to glossary hits too, and counts each choice", async () => {
    const outcome = await engine.search({ q: "举国体制", paper: "a", kind: "stage" });
    expect(outcome.hits.map((h) => h.url)).toEqual(["/stages/stage-new/"]);
    expect(outcome.counts.paper).toEqual({ all: 1, a: 1, b: 0, both: 0 });
    // Counted as listed: the stray match Pagefind returns is checked and left out of the counts too.
    expect(outcome.counts.kind).toMatchObject({ all: 2, stage: 1, concept: 1, section: 0, bibliography: 0 });
  });

  it("converts Traditional characters and reports the text searched", async () => {
    const outcome = await engine.search({ q: "舉國體制", paper: null, kind: null });
    expect(outcome.converted).toBe("举国体制");
    expect(outcome.hits[0]?.url).toBe("/concepts/juguo-tizhi/");
  });

  it("finds nothing, with suggestions, when only stray matches come back", async () => {
    const outcome = await engine.search({ q: "举国体质", paper: null, kind: null });
    expect(outcome.hits).toEqual([]);
    expect(outcome.total).toBe(0);
    expect(outcome.suggestions.map((s) => s.id)).toEqual(["juguo-tizhi"]);
  });
});

describe("byTitleMatch", () => {
  const hit = (title: string): SearchHit => ({ url: `/${title}/`, title, titleEn: "", kinds: [], papers: [], excerpt: "", sections: [], exact: false });
  it("orders same title, title starting with the query, title containing it (shorter first), unbroken matches, the rest", () => {
    const hits = ["其他页面", "散见页面", "全球化时代构建新型举国体制", "新型举国体制", "举国体制转型过渡阶段", "举国体制的历史演变", "举国体制"].map(hit);
    const unbroken = new Set(hits.filter((h) => h.title === "其他页面"));
    const sorted = [...hits].sort(byTitleMatch(parseQuery("举国体制"), unbroken)).map((h) => h.title);
    expect(sorted).toEqual(["举国体制", "举国体制的历史演变", "举国体制转型过渡阶段", "新型举国体制", "全球化时代构建新型举国体制", "其他页面", "散见页面"]);
  });
  it("puts a page with a section headed by the query after title matches, before other pages", () => {
    const compare = { ...hit("Compare"), sections: [{ title: "Periodisation and the policy trail", url: "/compare/#cmp-periodisation", excerpt: "" }] };
    const hits = [hit("Home"), compare, hit("Periodisation of Paper A")];
    const sorted = [...hits].sort(byTitleMatch(parseQuery("periodization"), new Set(hits))).map((h) => h.title);
    expect(sorted).toEqual(["Periodisation of Paper A", "Compare", "Home"]);
  });
});
