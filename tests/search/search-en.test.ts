/**
 * Search in the English edition: its search page searches the English index (Pagefind picks it by <html lang="en">)
 * with the English glossary (en/search/terms.json). The queries are those a scholar who reads no Chinese would type.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIRST_RESULTS, SEARCH_PAGE_SIZE } from "../../src/lib/search/engine.ts";
import { otherEditionSearch, readState, type KindChoice, type PaperChoice } from "../../src/lib/search/filters.ts";
import { excerptText, highlight } from "../../src/lib/search/highlight.ts";
import { compact } from "../../src/lib/search/query.ts";
import { BASE, page, text } from "../helpers/dist.ts";
import { isExpected, loadGlossary, search, searchOutcome, type IndexLang } from "../helpers/pagefind.ts";

interface QueryCase {
  q: string;
  expect: string;
  why: string;
  paper?: PaperChoice;
  kind?: KindChoice;
}
const QUERIES = JSON.parse(readFileSync(join(import.meta.dirname, "queries.en.json"), "utf8")) as QueryCase[];

const EN: IndexLang = "en";
const ZH: IndexLang = "zh-CN";

/** The compact text of the page a hit leads to (its <main>). */
function bodyOf(url: string): string {
  return compact(text(page(url.slice(BASE.length).split("#")[0] ?? "").querySelector("main")));
}

const ranks: { q: string; rank: number }[] = [];

describe("the English query set (tests/search/queries.en.json) over the English index", () => {
  it("has at least 40 queries, each naming an existing English page, at least 8 of them filtered", () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const c of QUERIES) {
      expect(c.expect, c.q).toMatch(/^en\//);
      expect(page(c.expect.split("#")[0] ?? "").querySelector("main"), c.expect).not.toBeNull();
    }
    expect(QUERIES.filter((c) => c.kind !== undefined || c.paper !== undefined).length).toBeGreaterThanOrEqual(8);
  });

  it.each(QUERIES.map((c) => [c.q, c.kind ?? "", c.paper ?? "", c] as const))("%s %s %s finds its page in the top 5", async (_q, _k, _p, c) => {
    // The first page of results, as the search page lists it, of which the reader sees the top 5 first.
    const hits = (await search(c.q, { kind: c.kind ?? null, paper: c.paper ?? null }, SEARCH_PAGE_SIZE, EN)).slice(0, 5);
    const rank = hits.findIndex((h) => isExpected(h, c.expect)) + 1;
    expect(rank, `top 5: ${hits.map((h) => h.url).join(" ")}`).toBeGreaterThan(0);
    ranks.push({ q: [c.q, c.kind, c.paper].filter((x) => x !== undefined).join(" | "), rank });
  });

  afterAll(() => {
    const n = QUERIES.length;
    console.log(`English recall@5: ${ranks.length}/${n} = ${((100 * ranks.length) / n).toFixed(0)}%`);
    const first = ranks.filter((r) => r.rank === 1).length;
    console.log(`English: first ${first}/${n}; at rank 2–3: ${ranks.filter((r) => r.rank > 1 && r.rank < 4).length}`);
    console.log(
      `English, found only at rank 4–5: ${
        ranks
          .filter((r) => r.rank >= 4)
          .map((r) => `${r.q} (${r.rank})`)
          .join("; ") || "none"
      }`,
    );
  });
});

describe("the English index", () => {
  it("lists English pages only, and the Chinese index Chinese pages only", async () => {
    for (const q of ["interactors", "national innovation system", "whole-nation system"]) {
      const english = await searchOutcome(q, {}, 50, EN);
      expect(english.hits.length, q).toBeGreaterThan(0);
      for (const hit of english.hits) expect(hit.url, q).toMatch(new RegExp(`^${BASE}en/`));
    }
    const chinese = await searchOutcome("national innovation system", {}, 50, ZH);
    expect(chinese.hits.length).toBeGreaterThan(0);
    for (const hit of chinese.hits) expect(hit.url).not.toMatch(new RegExp(`^${BASE}en/`));
  });

  it("puts each concept's own page first when the query is its English name (or, typed in Chinese, its Chinese name)", async () => {
    const concepts = loadGlossary(EN).terms.filter((t) => t.kind === "concept");
    expect(concepts.length).toBeGreaterThan(30);
    for (const term of concepts) {
      // In the English glossary `zh` holds the edition's own (English) title and `en` the other edition's (Chinese).
      for (const name of [term.zh, term.en ?? ""].filter((n) => n !== "")) {
        const [first] = await search(name, {}, 1, EN);
        expect(first?.url, name).toBe(term.href);
      }
    }
  });

  it("searches American spellings in the site's British spelling", async () => {
    for (const [american, british] of [
      ["organization", "organisation"],
      ["commercialization", "commercialisation"],
      ["Party Center", "Party Centre"],
      ["mobilizing", "mobilising"],
      ["labor", "labour"],
    ] as const) {
      const a = await searchOutcome(american, {}, 100, EN);
      const b = await searchOutcome(british, {}, 100, EN);
      expect(b.total, british).toBeGreaterThan(0);
      expect(
        a.hits.map((h) => h.url),
        american,
      ).toEqual(b.hits.map((h) => h.url));
    }
  });

  it.each([
    ["national laboratory", ["national", "laborator"]],
    ["interactor", ["interactor"]],
    ["dilemmas", ["dilemma"]],
    ["mobilised", ["mobilis"]],
  ])("%s: finds pages holding its words in another form, and every page listed holds them", async (q, stems) => {
    const outcome = await searchOutcome(q, {}, 500, EN);
    expect(outcome.complete).toBe(true);
    expect(outcome.hits.length).toBeGreaterThan(0);
    for (const hit of outcome.hits) for (const stem of stems) expect(bodyOf(hit.url), hit.url).toContain(stem);
  });

  it("lists first the pages that hold an English phrase as typed", async () => {
    // The first results are ordered among themselves, and the rest of the list after them (they never move).
    const first = (await searchOutcome("two bombs, one satellite", {}, FIRST_RESULTS, EN)).hits.map((h) => h.url);
    const outcome = await searchOutcome("two bombs, one satellite", {}, 30, EN);
    expect(outcome.hits.slice(0, first.length).map((h) => h.url)).toEqual(first);
    const unbroken = outcome.hits.map((h) => bodyOf(h.url).includes("twobombsonesatellite"));
    const ordered = (flags: boolean[]): boolean => flags.indexOf(false) === -1 || flags.lastIndexOf(true) < flags.indexOf(false);
    expect(unbroken[0]).toBe(true);
    expect(ordered(unbroken.slice(0, first.length))).toBe(true);
    expect(ordered(unbroken.slice(first.length))).toBe(true);
  });

  it("finds a work cited by its author's name in pinyin, first", async () => {
    for (const [q, href] of [
      ["Zeng Xiankui", "references/#bib-zeng-xiankui-2020"],
      ["Yin Zhongyong", "references/#bib-yin-zhongyong-2017"],
      ["He Husheng", "references/#bib-he-husheng-2019"],
    ] as const) {
      const outcome = await searchOutcome(q, {}, 10, EN);
      expect(outcome.hits[0]?.exact, q).toBe(true);
      expect(
        outcome.hits.filter((h) => h.exact).map((h) => h.url),
        q,
      ).toContain(`${BASE}en/${href}`);
    }
  });

  it.each(["interactors", "national laboratory", "two bombs, one satellite", "commercialization", "Zeng Xiankui"])(
    "%s: every excerpt and listed section shows a marked term",
    async (q) => {
      const outcome = await searchOutcome(q, {}, 30, EN);
      const excerpts = outcome.hits.flatMap((h) => [h.excerpt, ...h.sections.map((s) => s.excerpt)]).filter((e) => e !== "");
      expect(excerpts.length).toBeGreaterThan(outcome.hits.length / 2);
      const bare = excerpts.filter((e) => !highlight(excerptText(e), outcome.query).some((span) => span.mark));
      expect(bare.map(excerptText)).toEqual([]);
    },
  );
});

describe("a Chinese query on an English page", () => {
  const found: { q: string; english: boolean }[] = [];
  // Each Chinese query with the unit it names (its path in either edition).
  it.each([
    ["举国体制", "concepts/juguo-tizhi/"],
    ["新型举国体制", "concepts/xinxing-juguo-tizhi/"],
    ["互动者", "elements/b-actor-interactor/"],
    ["两弹一星", "stages/stage-traditional/"],
    ["曾宪奎", "references/#bib-zeng-xiankui-2020"],
    ["舉國體制", "concepts/juguo-tizhi/"],
  ])("%s: finds its unit in English, or the page offers the Chinese edition's search, which finds it", async (q, unit) => {
    const english = await search(q, {}, 5, EN);
    found.push({ q, english: english.some((h) => isExpected(h, `en/${unit}`)) });
    // The line is offered for every query with Chinese characters, whether the English index finds the unit or not.
    const offer = otherEditionSearch({ q, paper: null, kind: null }, "en", BASE);
    expect(offer).toBe(`${BASE}search/?q=${encodeURIComponent(q)}`);
    const state = readState(new URL(offer ?? "", "http://localhost").search);
    const chinese = await search(state.q, { paper: state.paper, kind: state.kind }, 5, ZH);
    expect(
      chinese.some((h) => isExpected(h, unit)),
      `zh: ${chinese.map((h) => h.url).join(" ")}`,
    ).toBe(true);
  });

  afterAll(() => {
    console.log(`Chinese queries on the English index finding their unit there: ${found.map((f) => `${f.q} ${f.english ? "yes" : "no"}`).join(", ")}`);
  });

  it("finds a concept named in Chinese in English, first", async () => {
    const [first] = await search("举国体制", {}, 1, EN);
    expect(first?.url).toBe(`${BASE}en/concepts/juguo-tizhi/`);
  });

  it("keeps the filters in the Chinese edition's search, and offers it for no English query nor in the Chinese edition", () => {
    expect(otherEditionSearch({ q: "举国体制", paper: "b", kind: "concept" }, "en", "/kb/")).toBe(
      `/kb/search/?q=${encodeURIComponent("举国体制")}&paper=b&kind=concept`,
    );
    expect(otherEditionSearch({ q: "interactors", paper: null, kind: null }, "en", "/")).toBeNull();
    expect(otherEditionSearch({ q: "举国体制", paper: null, kind: null }, "zh", "/")).toBeNull();
  });
});
