/**
 * A path through the knowledge (#17, Orientation): the home page says where to begin, every section page reads
 * on to the previous and next section of its paper and up to the section it belongs to, element pages link their
 * group and their counterparts, and no section page is a dead end.
 */
import { describe, expect, it } from "vitest";
import { BASE, exists, htmlFiles, page, targetOf, text } from "../helpers/dist.ts";

/** Each paper's sections in the order the paper prints them (depth-first), as the source texts show. */
const DOCUMENT_ORDER: Record<string, string[]> = {
  "paper-a": [
    "a-1",
    "a-2",
    "a-2-1",
    "a-2-2",
    "a-2-3",
    "a-2-4",
    "a-3",
    "a-3-1",
    "a-3-2",
    "a-3-3",
    "a-3-4",
    "a-3-5",
    "a-4",
    "a-4-1",
    "a-4-2",
    "a-4-3",
    "a-4-4",
    "a-4-5",
    "a-4-6",
    "a-5",
  ],
  "paper-b": [
    "b-abstract",
    "b-1",
    "b-2",
    "b-2-1",
    "b-2-1-1",
    "b-2-1-2",
    "b-2-1-3",
    "b-2-2",
    "b-2-3",
    "b-3",
    "b-3-1",
    "b-3-2",
    "b-3-2-1",
    "b-4",
    "b-abstract-en",
  ],
};
/** The enclosing section of each subsection (a top-level section's "up" is its paper). */
const PARENT: Record<string, string> = {
  "a-2-1": "a-2",
  "a-2-2": "a-2",
  "a-2-3": "a-2",
  "a-2-4": "a-2",
  "a-3-1": "a-3",
  "a-3-2": "a-3",
  "a-3-3": "a-3",
  "a-3-4": "a-3",
  "a-3-5": "a-3",
  "a-4-1": "a-4",
  "a-4-2": "a-4",
  "a-4-3": "a-4",
  "a-4-4": "a-4",
  "a-4-5": "a-4",
  "a-4-6": "a-4",
  "b-2-1": "b-2",
  "b-2-1-1": "b-2-1",
  "b-2-1-2": "b-2-1",
  "b-2-1-3": "b-2-1",
  "b-2-2": "b-2",
  "b-2-3": "b-2",
  "b-3-1": "b-3",
  "b-3-2": "b-3",
  "b-3-2-1": "b-3-2",
};
/** A section page's own text (the site's account of the section, without the page's chrome) is at least this long. */
const MIN_SECTION_CHARS = 240;

const sectionHref = (paper: string, id: string) => `${BASE}${paper}/${id}/`;
const sections = Object.entries(DOCUMENT_ORDER).flatMap(([paper, ids]) => ids.map((id, i) => ({ paper, id, prev: ids[i - 1], next: ids[i + 1] })));

/** Whether an href points at a built page (and, with a #fragment, at an element with that id). */
function resolves(href: string): boolean {
  const target = targetOf(href);
  if (target === null || !exists(target.file)) return false;
  return target.anchor === undefined || page(target.file).getElementById(target.anchor) !== null;
}

describe("section pages read in order", () => {
  it("the document order covers every section page that was built", () => {
    const built = htmlFiles()
      .filter((f) => /^paper-[ab]\/[^/]+\/index\.html$/.test(f) && !f.startsWith("paper-b/matrix/") && !/^paper-[ab]\/booklet\//.test(f))
      .map((f) => f.split("/")[1]);
    expect(built.sort()).toEqual(sections.map((s) => s.id).sort());
  });

  it.each(sections)("$paper/$id links its previous and next section in the paper's order", ({ paper, id, prev, next }) => {
    const nav = page(`${paper}/${id}/`).querySelector("main nav.section-pager");
    expect(nav, "the page has a pager").not.toBeNull();
    const prevLinks = nav?.querySelectorAll('a[rel="prev"]') ?? [];
    const nextLinks = nav?.querySelectorAll('a[rel="next"]') ?? [];
    expect(prevLinks.map((a) => a.getAttribute("href"))).toEqual(prev === undefined ? [] : [sectionHref(paper, prev)]);
    expect(nextLinks.map((a) => a.getAttribute("href"))).toEqual(next === undefined ? [] : [sectionHref(paper, next)]);
  });

  it.each(sections)("$paper/$id links up to the section it belongs to, or to its paper", ({ paper, id }) => {
    const up = page(`${paper}/${id}/`).querySelector('main nav.section-pager a[data-nav="up"]');
    const parent = PARENT[id];
    expect(up?.getAttribute("href")).toBe(parent === undefined ? `${BASE}${paper}/` : sectionHref(paper, parent));
  });

  it("the first section of each paper has no previous one and the last no next one", () => {
    for (const [paper, ids] of Object.entries(DOCUMENT_ORDER)) {
      expect(page(`${paper}/${ids[0]}/`).querySelectorAll('a[rel="prev"]')).toHaveLength(0);
      expect(page(`${paper}/${ids.at(-1)}/`).querySelectorAll('a[rel="next"]')).toHaveLength(0);
    }
  });
});

describe("no section page is a dead end", () => {
  it.each(sections)(`$paper/$id carries at least ${MIN_SECTION_CHARS} characters of its own text`, ({ paper, id }) => {
    // The section's own text: the first div.prose of <main> (notes, cards and lists come after it).
    const body = page(`${paper}/${id}/`).querySelector("main div.prose");
    expect(text(body).replace(/\s/g, "").length).toBeGreaterThanOrEqual(MIN_SECTION_CHARS);
  });
});

describe("element pages link their group and their counterparts", () => {
  const groups = [
    ["b-actor-producer", "b-actor-interactor", "b-actor-participant"],
    ["a-party-government", "a-party-enterprises", "a-party-schools", "a-party-research", "a-party-users"],
  ];
  const cases = groups.flatMap((ids) => ids.map((id, i) => ({ id, ids, prev: ids[i - 1], next: ids[i + 1] })));
  const elementHref = (id: string) => `${BASE}elements/${id}/`;

  it.each(cases)("$id lists its siblings in order, itself marked, its neighbours as previous and next", ({ id, ids, prev, next }) => {
    const nav = page(`elements/${id}/`).querySelector("main nav.element-group");
    expect(nav, "the page has its group").not.toBeNull();
    const items = nav?.querySelectorAll("li") ?? [];
    expect(items.map((li) => li.querySelector("a")?.getAttribute("href") ?? (li.getAttribute("aria-current") === "page" ? "current" : "?"))).toEqual(
      ids.map((s) => (s === id ? "current" : elementHref(s))),
    );
    expect(nav?.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe(prev === undefined ? undefined : elementHref(prev));
    expect(nav?.querySelector('a[rel="next"]')?.getAttribute("href")).toBe(next === undefined ? undefined : elementHref(next));
    expect(resolves(nav?.querySelector('a[data-nav="up"]')?.getAttribute("href") ?? "")).toBe(true);
  });

  it("shows an element's counterparts in the other paper near the top, labelled with that paper", () => {
    const doc = page("elements/b-actor-interactor/");
    const line = doc.querySelector("main #counterparts");
    expect(text(line)).toMatch(/^论文A中的对应要素/);
    expect(line?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain(elementHref("a-party-users"));
    // Before the account of the element, not after it.
    const main = doc.querySelector("main")?.innerHTML ?? "";
    expect(main.indexOf('id="counterparts"')).toBeLessThan(main.indexOf('class="prose"'));
    expect(text(page("elements/a-party-research/").querySelector("main #counterparts"))).toMatch(/^论文B中的对应要素.*生产者/);
  });
});

describe("the home page says where to begin", () => {
  const home = page("");
  const start = home.querySelector("main #start-here")?.parentNode;

  it("has a start-here block", () => {
    expect(start).toBeTruthy();
  });

  it.each([
    ["paper-a", /三个阶段/, /运行模式/],
    ["paper-b", /技术实验—扩散模式/, /生产者、互动者、参与者/],
  ])("summarises %s's main claim, labelled as the site's summary, and links the paper", (paper, claim, model) => {
    const card = home.querySelector(`main #start-${paper}`);
    const summary = card?.querySelector(".start-paper__summary");
    expect(text(summary)).toMatch(/^本站概括/);
    expect(text(summary).length).toBeGreaterThan(100);
    expect(text(summary)).toMatch(claim);
    expect(text(summary)).toMatch(model);
    expect(card?.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain(`${BASE}${paper}/`);
  });

  it("does not present Paper A's unknown title as a title, and says what is known of it", () => {
    const card = text(home.querySelector("main #start-paper-a"));
    expect(card).not.toContain("论文A（题名未知）");
    expect(card).toMatch(/题名与作者未知/);
    expect(card).toMatch(/《中国政治》2022年第2期转载本/);
    expect(card).toMatch(/原发期刊与年份未知/);
    expect(text(home.querySelector("main #start-paper-b"))).toMatch(/2022年第4期/);
  });

  it("lists agreements and disagreements, each linked to its comparison axis", () => {
    for (const group of ["start-agree", "start-differ"]) {
      const list = home.querySelector(`main #${group}`)?.nextElementSibling;
      const hrefs = list?.querySelectorAll("li a").map((a) => a.getAttribute("href") ?? "") ?? [];
      expect(hrefs.length, group).toBeGreaterThanOrEqual(2);
      for (const href of hrefs) {
        expect(href).toMatch(new RegExp(`^${BASE}compare/[a-z-]+/$`));
        expect(resolves(href), href).toBe(true);
      }
    }
    expect(home.querySelectorAll("main a").map((a) => a.getAttribute("href"))).toContain(`${BASE}compare/`);
  });

  it("suggests a reading order of at least five steps, each a link that resolves with a line on what it gives", () => {
    const steps = home.querySelectorAll("main ol.start-reading > li");
    expect(steps.length).toBeGreaterThanOrEqual(5);
    for (const step of steps) {
      const href = step.querySelector("a")?.getAttribute("href") ?? "";
      expect(resolves(href), href).toBe(true);
      expect(text(step.querySelector(".start-reading__what")).length).toBeGreaterThan(10);
    }
    const hrefs = steps.map((s) => s.querySelector("a")?.getAttribute("href"));
    expect(hrefs).toEqual(expect.arrayContaining([`${BASE}stages/`, `${BASE}table-1/`, `${BASE}paper-b/b-3-2-1/`, `${BASE}compare/`]));
  });
});
