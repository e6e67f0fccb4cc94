import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { BASE, page, text } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

interface Row {
  id: string;
  titleZh: string;
  cells: Record<string, { quote: string }>;
}
// The expected cells come straight from the data file, so the test pins the page to the data.
const rows = parseYaml(readFileSync(join(ROOT, "content/table-1/table-1.yaml"), "utf8")) as Row[];
const STAGES = ["stage-traditional", "stage-transition", "stage-new"];
const table = page("table-1/").querySelector("main table");

describe("表1 page", () => {
  it("has 10 rows × 3 stages in the data file", () => {
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(Object.keys(row.cells).sort()).toEqual([...STAGES].sort());
  });
  it("is a semantic table with a caption and scoped headers", () => {
    expect(text(table?.querySelector("caption"))).toContain("表1 不同阶段的举国体制比较");
    expect(table?.querySelectorAll('thead th[scope="col"]')).toHaveLength(5);
    expect(table?.querySelectorAll('tbody th[scope="row"]')).toHaveLength(10);
    expect(table?.querySelectorAll('tbody th[scope="rowgroup"]').map((th) => text(th))).toEqual(["时代特征", "运行模式"]);
  });
  it("links each stage column to its stage page", () => {
    const links = table?.querySelectorAll("thead th a").map((a) => a.getAttribute("href"));
    expect(links).toEqual(STAGES.map((s) => `${BASE}stages/${s}/`));
  });
  it("prints the 30 cells exactly as the data file", () => {
    const printed = table?.querySelectorAll("tbody tr").map((tr) => tr.querySelectorAll("td").map((td) => text(td)));
    expect(printed).toEqual(rows.map((r) => STAGES.map((s) => r.cells[s]?.quote)));
    expect(printed?.flat()).toHaveLength(30);
  });
  it("marks exactly the three rows that stay constant", () => {
    const constant = table?.querySelectorAll("tbody tr.is-constant").map((tr) => tr.id);
    expect(constant).toEqual(["dim-institutional-system", "dim-values", "dim-organisation"]);
  });
  it("gives every row its own anchor", () => {
    expect(table?.querySelectorAll("tbody tr").map((tr) => tr.id)).toEqual(rows.map((r) => r.id));
  });
});

describe.each(STAGES)("stage page %s", (stage) => {
  const doc = page(`stages/${stage}/`);
  it("carries its 10 cells of 表1", () => {
    const cells = doc.querySelectorAll(".stage-column__cell").map((p) => text(p));
    expect(cells).toEqual(rows.map((r) => r.cells[stage]?.quote));
  });
  it("links to the other stages' cells for each changing dimension", () => {
    const others = STAGES.filter((s) => s !== stage);
    const row = doc.getElementById("dim-main-task");
    const hrefs = row?.querySelectorAll(".meta a").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual(others.map((s) => `${BASE}stages/${s}/#dim-main-task`));
  });
});
