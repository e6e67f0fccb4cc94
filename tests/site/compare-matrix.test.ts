import { describe, expect, it } from "vitest";
import { readEntries } from "../helpers/content.ts";
import { BASE, exists, page, text } from "../helpers/dist.ts";

// The comparison matrix on /compare/, checked against content/comparisons read without the site's code.
const axes = readEntries("comparisons");
const claims = axes.flatMap((a) => (a.data["claims"] as { id: string; kind: string }[]).map((c) => ({ ...c, axis: a.id })));
const doc = page("compare/index.html");

describe("the comparison matrix", () => {
  it("is a table with scoped headers", () => {
    const table = doc.querySelector("table.matrix-table");
    expect(table).not.toBeNull();
    expect(table?.querySelectorAll('thead th[scope="col"]').length).toBe(4);
  });
  it.each(axes.map((a) => a.id))("has a row for %s with both papers' cells and a verdict", (id) => {
    const row = doc.querySelector(`tr#${id}-row`);
    expect(row, `row for ${id}`).not.toBeNull();
    expect(row?.querySelector('th[scope="row"]')?.querySelector(`a[href="#${id}"]`)).not.toBeNull();
    const cells = row?.querySelectorAll("td.matrix-table__paper") ?? [];
    expect(cells.length).toBe(2);
    for (const cell of cells) {
      expect(text(cell.querySelector("p")).length).toBeGreaterThan(10);
      expect(cell.querySelectorAll(".matrix-table__links a").length).toBeGreaterThan(0);
    }
    const marks = row?.querySelectorAll(".matrix-table__verdict .verdict") ?? [];
    expect(marks.length).toBeGreaterThan(0);
    // The counts add up to the axis's claims.
    const total = [...marks].reduce((n, m) => n + Number(text(m.querySelector(".verdict__count"))), 0);
    expect(total).toBe(claims.filter((c) => c.axis === id).length);
  });
  it("says the verdicts are the site's judgement", () => {
    expect(text(doc.querySelector("[data-compare-matrix] > p.meta"))).toContain("本站");
  });
});

describe("the claims", () => {
  it("have unique ids", () => {
    expect(new Set(claims.map((c) => c.id)).size).toBe(claims.length);
  });
  it.each(claims.map((c) => [c.id, c.kind]))("%s is anchored, marked (%s), with a § link and a cite page", (id, kind) => {
    const li = doc.querySelector(`li#${id}`);
    expect(li).not.toBeNull();
    expect(li?.querySelector(`.verdict--${kind} .verdict__symbol`)).not.toBeNull();
    expect(li?.querySelector(`a.permalink[href="${BASE}compare/#${id}"]`)).not.toBeNull();
    expect(li?.querySelector("details.claim__sources summary")).not.toBeNull();
    expect(exists(`cite/${id}/index.html`)).toBe(true);
  });
});
