import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SearchEngine } from "../../src/lib/search/engine.ts";
import { KIND_CHOICES, PAPER_CHOICES, type KindChoice, type PaperChoice } from "../../src/lib/search/filters.ts";
import { excerptText, highlight } from "../../src/lib/search/highlight.ts";
import { compact } from "../../src/lib/search/query.ts";
import { BASE, page, text } from "../helpers/dist.ts";
import { isExpected, loadGlossary, loadPagefind, search, searchOutcome } from "../helpers/pagefind.ts";

interface QueryCase {
  q: string;
  expect: string;
  why: string;
  paper?: PaperChoice;
  kind?: KindChoice;
}
const QUERIES = JSON.parse(readFileSync(join(import.meta.dirname, "queries.json"), "utf8")) as QueryCase[];

const timings: number[] = [];
const found: string[] = [];

describe("the query set (tests/search/queries.json) over the built index", () => {
  it("has at least 40 queries of every sort, each naming an existing page", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const c of QUERIES) expect(page(c.expect.split("#")[0] ?? "").querySelector("main"), c.expect).not.toBeNull();
    expect(QUERIES.filter((c) => c.kind !== undefined || c.paper !== undefined).length).toBeGreaterThanOrEqual(8);
  });

  it.each(QUERIES.map((c) => [c.q, c.kind ?? "", c.paper ?? "", c] as const))("%s %s %s finds its page in the top 5", async (_q, _k, _p, c) => {
    const start = performance.now();
    const hits = await search(c.q, { kind: c.kind ?? null, paper: c.paper ?? null }, 5);
    timings.push(performance.now() - start);
    expect(
      hits.some((h) => isExpected(h, c.expect)),
      `top 5: ${hits.map((h) => h.url).join(" ")}`,
    ).toBe(true);
    found.push(c.q);
  });

  afterAll(() => {
    const n = QUERIES.length;
    console.log(`recall@5: ${found.length}/${n} = ${((100 * found.length) / n).toFixed(0)}%`);
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(
      `median query time in Node: ${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(1)} ms over ${sorted.length} queries (first: ${(timings[0] ?? 0).toFixed(0)} ms, cold)`,
    );
  });
});

describe("what the search engine promises", () => {
  it("puts each concept's own page first when the query is its title or one of its aliases", async () => {
    for (const term of loadGlossary().terms.filter((t) => t.kind === "concept")) {
      for (const name of [term.zh, ...(term.aliases ?? [])]) {
        const [first] = await search(name, {}, 1);
        expect(first?.url, name).toBe(term.href);
      }
    }
  });

  it("finds every unit by its id", async () => {
    for (const term of loadGlossary().terms) {
      const hits = await search(term.id, {}, 3);
      expect(
        hits.map((h) => h.url),
        term.id,
      ).toContain(term.href);
    }
  });

  it("lists only pages that contain every word, those holding each typed term unbroken first", async () => {
    const outcome = await searchOutcome("国家实验室 市场", {}, 30);
    const bodies = outcome.hits.map((h) => compact(text(page(h.url.slice(BASE.length).split("#")[0] ?? "").querySelector("main"))));
    expect(bodies.length).toBeGreaterThan(3);
    for (const body of bodies) for (const word of ["国家", "实验室", "市场"]) expect(body).toContain(word);
    const unbroken = bodies.map((b) => b.includes("国家实验室"));
    expect(unbroken[0]).toBe(true);
    expect(unbroken.indexOf(false) === -1 || unbroken.lastIndexOf(true) < unbroken.indexOf(false)).toBe(true);
  });

  it("lists only pages that contain a quoted phrase as written", async () => {
    const outcome = await searchOutcome("“新型举国体制的构成”", {}, 50);
    expect(outcome.complete).toBe(true);
    expect(outcome.hits.length).toBeGreaterThan(0);
    for (const hit of outcome.hits) {
      const body = compact(text(page(hit.url.slice(BASE.length).split("#")[0] ?? "").querySelector("main")));
      expect(body, hit.url).toContain("新型举国体制的构成");
    }
    // Unquoted, the same words also find pages where they stand apart.
    expect((await searchOutcome("新型举国体制的构成", {}, 50)).total).toBeGreaterThan(outcome.total);
  });

  it("converts Traditional characters, and loads the converter only for a query that needs it", async () => {
    let loads = 0;
    const engine = new SearchEngine(await loadPagefind(), Promise.resolve(loadGlossary()), async () => {
      loads++;
      const { loadToSimplified } = await import("../../src/lib/search/convert.ts");
      return loadToSimplified();
    });
    const simplified = await engine.search({ q: "国家创新体系", paper: null, kind: null });
    expect(simplified.converted).toBeNull();
    expect(loads).toBe(0);
    const traditional = await engine.search({ q: "國家創新體系", paper: null, kind: null });
    expect(traditional.converted).toBe("国家创新体系");
    expect(loads).toBe(1);
    expect(traditional.hits.map((h) => h.url)).toEqual(simplified.hits.map((h) => h.url));
  });

  it("says so when nothing matches, offering close glossary terms", async () => {
    const none = await searchOutcome("xylophone");
    expect(none.hits).toEqual([]);
    expect(none.total).toBe(0);
    const typo = await searchOutcome("举国体质");
    expect(typo.hits).toEqual([]);
    expect(typo.suggestions.map((s) => s.zh)).toContain("举国体制");
    const english = await searchOutcome("whole nation sistem");
    expect(english.hits).toEqual([]);
    expect(english.suggestions.map((s) => s.en)).toContain("Whole-nation system");
  });

  it("leads to the anchored section, with its heading, for units inside a page", async () => {
    const [timeline] = await searchOutcome("党的十九大报告", { kind: "event" }).then((o) => o.hits);
    expect(timeline?.url).toBe(`${BASE}timeline/#event-2017-19th-congress`);
    const outcome = await searchOutcome("三个特征", { kind: "stage" });
    const stage = outcome.hits.find((h) => h.url === `${BASE}stages/stage-traditional/`);
    const section = stage?.sections.find((s) => s.title === "三个特征");
    expect(section?.url).toMatch(new RegExp(`^${BASE}stages/stage-traditional/#.+`));
    expect(page("stages/stage-traditional/").querySelector(`[id="${decodeURIComponent(section?.url.split("#")[1] ?? "")}"]`)).not.toBeNull();
  });

  it("filters by paper and kind, and counts each choice", async () => {
    const all = await searchOutcome("国家创新体系", {}, 100);
    const { paper, kind } = all.counts;
    expect(paper.all).toBe(all.total);
    expect(paper.a + paper.b - paper.both).toBeLessThanOrEqual(paper.all);
    expect(paper.both).toBeGreaterThan(0);
    expect(kind["concept"]).toBeGreaterThan(0);
    expect(kind["element"]).toBeGreaterThanOrEqual((kind["characteristic"] ?? 0) + (kind["mechanism"] ?? 0));
    const both = await searchOutcome("国家创新体系", { paper: "both", kind: "concept" }, 100);
    expect(both.hits.length).toBe(Math.min(both.total, both.hits.length));
    for (const hit of both.hits) {
      expect(hit.kinds).toEqual(["concept"]);
      expect(hit.papers).toEqual(expect.arrayContaining(["paper-a", "paper-b"]));
    }
    const onlyB = await searchOutcome("国家创新体系", { paper: "b" }, 100);
    expect(onlyB.total).toBe(paper.b);
    for (const hit of onlyB.hits) expect(hit.papers).toContain("paper-b");
  });
});

/** The compact text of the page a hit leads to (its <main>). */
function bodyOf(url: string): string {
  return compact(text(page(url.slice(BASE.length).split("#")[0] ?? "").querySelector("main")));
}

describe("filter counts count the pages the filter lists", () => {
  it("揭榜挂帅, a term only Paper A uses: Paper B counts 0, and every page counted contains the term", async () => {
    const all = await searchOutcome("揭榜挂帅", {}, 500);
    expect(all.counts.paper.a).toBeGreaterThan(0);
    expect(all.counts.paper.b).toBe(0);
    expect(all.counts.paper.both).toBe(0);
    expect(all.hits.length).toBe(all.counts.paper.all);
    for (const hit of all.hits) expect(bodyOf(hit.url), hit.url).toContain("揭榜挂帅");
    const onlyB = await searchOutcome("揭榜挂帅", { paper: "b" }, 500);
    expect(onlyB.hits.map((h) => h.url)).toEqual([]);
    expect(onlyB.total).toBe(0);
    const onlyA = await searchOutcome("揭榜挂帅", { paper: "a" }, 500);
    expect(onlyA.hits.length).toBe(all.counts.paper.a);
    for (const hit of onlyA.hits) expect(bodyOf(hit.url), hit.url).toContain("揭榜挂帅");
  });

  it.each(["互动者", "政产学研用", "十三五"])("%s: every page listed contains the term as typed, not only its pieces", async (q) => {
    const outcome = await searchOutcome(q, {}, 500);
    expect(outcome.complete).toBe(true);
    expect(outcome.hits.length).toBeGreaterThan(0);
    for (const hit of outcome.hits) expect(bodyOf(hit.url), hit.url).toContain(compact(q));
  });

  it.each(["揭榜挂帅", "互动者", "举国体制", "国家实验室 市场", "举国体质"])("%s: each choice's count is the number of results listed under it", async (q) => {
    const all = await searchOutcome(q, {}, 500);
    expect(all.complete).toBe(true);
    expect(all.total).toBe(all.hits.length);
    expect(all.counts.paper.all).toBe(all.hits.length);
    expect(all.counts.kind["all"]).toBe(all.hits.length);
    for (const paper of PAPER_CHOICES) {
      const listed = await searchOutcome(q, { paper }, 500);
      expect(listed.hits.length, `paper ${paper}`).toBe(all.counts.paper[paper]);
      expect(listed.total, `paper ${paper}`).toBe(listed.hits.length);
    }
    for (const kind of KIND_CHOICES) {
      const listed = await searchOutcome(q, { kind }, 500);
      expect(listed.hits.length, `kind ${kind}`).toBe(all.counts.kind[kind]);
    }
  });
});

describe("excerpts show the reader's terms", () => {
  it.each(["互动者", "揭榜挂帅", "举国体制", "国家实验室 市场", "政产学研用"])("%s: every excerpt and listed section shows a marked term", async (q) => {
    const outcome = await searchOutcome(q, {}, 30);
    const excerpts = outcome.hits.flatMap((h) => [h.excerpt, ...h.sections.map((s) => s.excerpt)]).filter((e) => e !== "");
    expect(excerpts.length).toBeGreaterThan(outcome.hits.length / 2);
    const bare = excerpts.filter((e) => !highlight(excerptText(e), outcome.query).some((span) => span.mark));
    expect(bare.map(excerptText)).toEqual([]);
  });
});
