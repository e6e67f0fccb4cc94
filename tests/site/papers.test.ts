import { describe, expect, it } from "vitest";
import { readEntries, readList } from "../helpers/content.ts";
import { BASE, exists, htmlFiles, page, targetOf, text } from "../helpers/dist.ts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../helpers/dist.ts";

/** Pages reachable from a page within `depth` clicks (internal links only). */
function reachable(start: string, depth: number): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const file of frontier) {
      for (const a of page(file).querySelectorAll("main a[href]")) {
        const target = targetOf(a.getAttribute("href") ?? "");
        if (target === null || !target.file.endsWith(".html") || seen.has(target.file) || !exists(target.file)) continue;
        seen.add(target.file);
        next.push(target.file);
      }
    }
    frontier = next;
  }
  return seen;
}

const elementsA = readEntries("elements/paper-a");
const elementsB = readEntries("elements/paper-b");
const ofKind = (list: typeof elementsA, kind: string) =>
  list
    .filter((e) => e.data["kind"] === kind)
    .map((e) => e.id)
    .sort();

describe("Paper A", () => {
  it("has its five characteristics and four mechanisms, each with its page", () => {
    expect(ofKind(elementsA, "characteristic")).toHaveLength(5);
    expect(ofKind(elementsA, "mechanism")).toEqual(["a-mech-collective", "a-mech-market", "a-mech-planning", "a-mech-project"]);
    for (const id of [...ofKind(elementsA, "characteristic"), ...ofKind(elementsA, "mechanism")]) expect(exists(`elements/${id}/index.html`), id).toBe(true);
  });
  it("lists the four mechanisms on the 运行机制 layer's page", () => {
    const hrefs = page("elements/a-layer-operation/")
      .querySelectorAll("main a")
      .map((a) => a.getAttribute("href"));
    for (const id of ofKind(elementsA, "mechanism")) expect(hrefs).toContain(`${BASE}elements/${id}/`);
  });
  it("gives the dependency figures on the key-technologies characteristic", () => {
    const body = text(page("elements/a-char-key-technologies/").querySelector("main"));
    for (const figure of ["50%以上", "95%", "80%"]) expect(body.replace(/％/g, "%")).toContain(figure);
  });
  it("reaches every Paper A element from the overview in at most two clicks", () => {
    const seen = reachable("paper-a/index.html", 2);
    expect(elementsA.filter((e) => !seen.has(`elements/${e.id}/index.html`)).map((e) => e.id)).toEqual([]);
  });
  it("offers 表1 as CSV with 10 rows × 3 stage columns", () => {
    const lines = readFileSync(join(DIST, "table-1/table-1.csv"), "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines).toHaveLength(11);
    expect(lines[0]).toBe("id,维度,分组,传统举国体制,转型过渡阶段的举国体制,新型举国体制");
    for (const line of lines.slice(1)) expect(line.split(",")).toHaveLength(6);
  });
  it("offers 表1 as JSON with its source and licence", () => {
    const data = JSON.parse(readFileSync(join(DIST, "table-1/table-1.json"), "utf8")) as {
      rows: [{ cells: Record<string, string> }, ...unknown[]];
      licence: string;
      source: { section: string };
    };
    expect(data.rows).toHaveLength(10);
    expect(Object.keys(data.rows[0].cells)).toEqual(["stage-traditional", "stage-transition", "stage-new"]);
    expect(data.licence).toContain("CC BY 4.0");
    expect(data.source.section).toBe("a-2-4");
  });
  it("compares any two stages on a page per pair", () => {
    const pairs = htmlFiles().filter((f) => f.startsWith("table-1/compare/"));
    expect(pairs).toHaveLength(3);
    for (const f of pairs) {
      expect(page(f).querySelectorAll("main table tbody tr")).toHaveLength(10);
      expect(page(f).querySelectorAll("main table tbody td")).toHaveLength(20);
    }
  });
});

describe("Paper B", () => {
  it.each([
    ["model-stage", 3],
    ["constituent", 4],
    ["actor", 3],
    ["system", 3],
    ["indicator", 5],
  ])("has %s × %i", (kind, count) => {
    expect(ofKind(elementsB, kind)).toHaveLength(count);
  });
  it("fills the indicator matrix exactly as far as the paper does: 9 actor cells and 3 资源配置目标 cells", () => {
    const doc = page("paper-b/matrix/");
    const tables = doc.querySelectorAll("main table");
    const actorCells = tables[0]?.querySelectorAll("tbody td") ?? [];
    expect(actorCells).toHaveLength(15);
    expect(actorCells.filter((td) => td.querySelector(".matrix-cell") !== null && td.querySelector(".matrix-cell--empty") === null)).toHaveLength(9);
    const systemCells = tables[1]?.querySelectorAll("tbody td .matrix-cell") ?? [];
    expect(systemCells.filter((c) => !c.classList.contains("matrix-cell--empty"))).toHaveLength(3);
  });
  it("maps the three systems to the three model stages", () => {
    for (const id of ofKind(elementsB, "system")) expect(elementsB.find((e) => e.id === id)?.data["correspondsTo"], id).toBeTruthy();
  });
  it("reaches every Paper B element from the overview in at most two clicks", () => {
    const seen = reachable("paper-b/index.html", 2);
    expect(elementsB.filter((e) => !seen.has(`elements/${e.id}/index.html`)).map((e) => e.id)).toEqual([]);
  });
  it("links every bibliography entry from at least one place that cites it", () => {
    const linked = new Set<string>();
    for (const f of htmlFiles().filter((f) => !f.startsWith("references/"))) {
      for (const a of page(f).querySelectorAll("main a[href*='references/#']")) linked.add(a.getAttribute("href")?.split("#")[1] ?? "");
    }
    const ids = readList("bibliography").map((b) => String(b["id"]));
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(ids.filter((id) => !linked.has(id))).toEqual([]);
  });
});

describe("the comparative layer", () => {
  const concepts = readEntries("concepts");
  it("has at least 30 concept pages, each with both papers' views or an explicit 'not discussed'", () => {
    expect(concepts.length).toBeGreaterThanOrEqual(30);
    for (const c of concepts) expect(page(`concepts/${c.id}/`).querySelectorAll(".view"), c.id).toHaveLength(2);
  });
  it("lists at least one backlink on every concept page", () => {
    for (const c of concepts) expect(page(`concepts/${c.id}/`).querySelectorAll("ul.mentions li").length, c.id).toBeGreaterThan(0);
  });
  it("gives every comparison axis locators into both papers, on its own page", () => {
    const axes = page("compare/")
      .querySelectorAll("tr[data-aspect]")
      .map((row) => row.getAttribute("data-aspect") ?? "");
    expect(axes.length).toBeGreaterThanOrEqual(6);
    for (const aspect of axes) {
      const hrefs = page(`compare/${aspect}/`)
        .querySelectorAll("ol.claims .locator a")
        .map((a) => a.getAttribute("href") ?? "");
      expect(
        hrefs.some((h) => h.startsWith(`${BASE}paper-a/`)),
        aspect,
      ).toBe(true);
      expect(
        hrefs.some((h) => h.startsWith(`${BASE}paper-b/`)),
        aspect,
      ).toBe(true);
    }
  });
  it("covers every concept in the glossary", () => {
    const hrefs = new Set(
      page("glossary/")
        .querySelectorAll("dl.glossary a")
        .map((a) => a.getAttribute("href")),
    );
    for (const c of concepts) expect(hrefs.has(`${BASE}concepts/${c.id}/`), c.id).toBe(true);
  });
  it("marks the shared references as cited by both papers", () => {
    const shared = page("references/")
      .querySelectorAll("li.is-shared")
      .map((li) => li.id);
    expect(shared).toEqual(expect.arrayContaining(["bib-yin-zhongyong-2017", "bib-zeng-xiankui-2020"]));
  });
  it("links element counterparts both ways", () => {
    const hrefs = page("elements/b-actor-producer/")
      .querySelectorAll("main a")
      .map((a) => a.getAttribute("href"));
    expect(hrefs).toContain(`${BASE}elements/a-party-research/`);
  });
});
