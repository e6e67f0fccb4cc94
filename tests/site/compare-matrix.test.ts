import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { readEntries } from "../helpers/content.ts";
import { BASE, DIST, exists, page, text } from "../helpers/dist.ts";

// The comparison matrix on /compare/, checked against content/comparisons read without the site's code.
// In page order (the `order` field).
const axes = readEntries("comparisons").sort((a, b) => Number(a.data["order"]) - Number(b.data["order"]));
const claims = axes.flatMap((a) => (a.data["claims"] as { id: string; kind: string }[]).map((c) => ({ ...c, axis: a.id })));
const doc = page("compare/index.html");
/** Each axis has its own page, /compare/<aspect>/, with its long-form text and its claims. */
const aspectHref = (axis: string) => `${BASE}compare/${axis.replace(/^cmp-/, "")}/`;
const aspectPage = (axis: string) => page(`compare/${axis.replace(/^cmp-/, "")}/index.html`);

describe("the comparison matrix", () => {
  it("is a table with scoped headers", () => {
    const table = doc.querySelector("table.mx-table");
    expect(table).not.toBeNull();
    expect(table?.querySelectorAll('thead th[scope="col"]').length).toBe(4);
  });
  it.each(axes.map((a) => a.id))("has a row for %s with both papers' cells and a verdict", (id) => {
    const row = doc.querySelector(`tr#${id}-row`);
    expect(row, `row for ${id}`).not.toBeNull();
    expect(row?.querySelector('th[scope="row"]')?.querySelector(`a[href="${aspectHref(id)}"]`)).not.toBeNull();
    const cells = row?.querySelectorAll("td.mx-paper") ?? [];
    expect(cells.length).toBe(2);
    for (const cell of cells) {
      expect(text(cell.querySelector("p")).length).toBeGreaterThan(10);
      expect(cell.querySelectorAll(".mx-links a").length).toBeGreaterThan(0);
    }
    const marks = row?.querySelectorAll(".mx-verdict .verdict") ?? [];
    expect(marks.length).toBeGreaterThan(0);
    // The counts add up to the axis's claims.
    const total = [...marks].reduce((n, m) => n + Number(text(m.querySelector("b"))), 0);
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
  it.each(claims.map((c) => [c.id, c.kind, c.axis]))("%s is anchored on its axis's page, marked (%s), with a § link and a cite page", (id, kind, axis) => {
    const li = aspectPage(axis).querySelector(`li#${id}`);
    expect(li).not.toBeNull();
    expect(li?.querySelector(`.verdict--${kind} > [aria-hidden]`)).not.toBeNull();
    expect(li?.querySelector(`a.permalink[href="${aspectHref(axis)}#${id}"]`)).not.toBeNull();
    expect(li?.querySelector("details.claim__sources summary")).not.toBeNull();
    expect(exists(`cite/${id}/index.html`)).toBe(true);
  });
});

describe("each axis's own page", () => {
  it.each(axes.map((a) => a.id))("/compare/<aspect>/ of %s: its title, its long-form text, all its claims, the way back to its row", (id) => {
    const axisPage = aspectPage(id);
    const axis = axes.find((a) => a.id === id);
    expect(text(axisPage.querySelector("main h1"))).toContain(String(axis?.data["titleZh"]));
    expect(text(axisPage.querySelector("main .prose")).length).toBeGreaterThan(200);
    expect(axisPage.querySelectorAll("ol.claims > li.claim").length).toBe(claims.filter((c) => c.axis === id).length);
    expect(axisPage.querySelector(`details[data-cite="${id}"]`)).not.toBeNull();
    expect(axisPage.querySelector(`nav.section-pager a[href="${BASE}compare/#${id}-row"]`)).not.toBeNull();
  });
  it("the pages follow one another in the matrix's order", () => {
    for (const [i, axis] of axes.entries()) {
      const nav = aspectPage(axis.id).querySelector("nav.section-pager");
      const prev = axes[i - 1];
      const next = axes[i + 1];
      expect(nav?.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe(prev === undefined ? undefined : aspectHref(prev.id));
      expect(nav?.querySelector('a[rel="next"]')?.getAttribute("href")).toBe(next === undefined ? undefined : aspectHref(next.id));
    }
  });
});

describe("anchors published on /compare/ before the axes had their own pages", () => {
  const script = doc.querySelectorAll("head script").find((s) => s.rawText.includes("location.replace"));
  const run = (hash: string) => {
    let to: string | undefined;
    runInNewContext(script?.rawText ?? "", { location: { hash, replace: (href: string) => (to = href) }, decodeURIComponent });
    return to;
  };
  it.each(claims.map((c) => [c.id, c.axis]))("#%s lands on its row without JS and is sent on to its claim with JS", (id, axis) => {
    expect(doc.querySelector(`tr#${axis}-row th span#${id}`)).not.toBeNull();
    expect(run(`#${id}`)).toBe(`${aspectHref(axis)}#${id}`);
  });
  it("the script sends each old anchor to the axis page it now lives on, and no other anchor anywhere", () => {
    for (const c of claims) expect(run(`#${c.id}`)).toBe(`${aspectHref(c.axis)}#${c.id}`);
    for (const a of axes) expect(run(`#${a.id}`)).toBe(aspectHref(a.id));
    for (const a of axes) expect(run(`#${a.id}-c${(a.data["claims"] as unknown[]).length + 1}`)).toBeUndefined();
    expect(run(`#${axes[0]?.id ?? ""}-row`)).toBeUndefined();
    expect(run("#compare-matrix")).toBeUndefined();
  });
});

describe("the matrix rows as citable units", () => {
  it.each(axes.map((a) => a.id))("the row of %s has a § link and a cite page", (id) => {
    const row = doc.querySelector(`tr#${id}-row`);
    expect(row?.querySelector(`a.permalink[href="${BASE}compare/#${id}-row"]`)).not.toBeNull();
    expect(row?.querySelector(`.cite-link a[href="${BASE}cite/${id}-row/"]`)).not.toBeNull();
    expect(exists(`cite/${id}-row/index.html`)).toBe(true);
  });
});

describe("the main differences at the top", () => {
  const items = [...doc.querySelectorAll("section.main-differences li")];
  it("come before the matrix: three to five, each a sentence with links to its claims", () => {
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(5);
    const html = doc.innerHTML;
    expect(html.indexOf('id="main-differences"')).toBeLessThan(html.indexOf('id="compare-matrix"'));
    for (const li of items) {
      expect(text(li).length).toBeGreaterThan(40);
      expect(li.querySelectorAll("a").length).toBeGreaterThan(0);
    }
  });
  it("link only to claims, at their anchors on their axes' pages", () => {
    const targets = items.flatMap((li) => [...li.querySelectorAll("a")].map((a) => a.getAttribute("href") ?? ""));
    expect(targets.length).toBeGreaterThanOrEqual(items.length);
    for (const href of targets) {
      const claim = claims.find((c) => href === `${aspectHref(c.axis)}#${c.id}`);
      expect(claim, href).toBeDefined();
      if (claim !== undefined) expect(aspectPage(claim.axis).querySelector(`li#${claim.id}`), href).not.toBeNull();
    }
  });
  it("are labelled as the site's own summary", () => {
    expect(text(doc.querySelector("section.main-differences p.meta"))).toContain("本站");
  });
});

describe("the comparison as data", () => {
  const csv = readFileSync(join(DIST, "compare/comparison.csv"), "utf8").replace(/^\uFEFF/, "");
  const json = JSON.parse(readFileSync(join(DIST, "compare/comparison.json"), "utf8")) as {
    aspects: { id: string; axis: string }[];
    claims: { id: string; aspect: string; verdict: string; text: string; a: string[]; b: string[]; url: string }[];
  };
  const lines = parse(csv);
  it("CSV: a header and one row per claim, in page order, with the columns the page describes", () => {
    expect(lines[0]).toEqual(["aspect", "维度", "claim_id", "verdict", "本站判断", "论断（本站）", "论文A出处", "论文B出处", "url"]);
    expect(lines.length - 1).toBe(claims.length);
    expect(lines.slice(1).map((l) => l[2])).toEqual(claims.map((c) => c.id));
    for (const [i, l] of lines.slice(1).entries()) {
      expect(l[3]).toBe(claims[i]?.kind);
      expect(l[8]).toMatch(new RegExp(`/compare/${claims[i]?.axis.replace(/^cmp-/, "") ?? ""}/#${claims[i]?.id ?? ""}$`));
    }
  });
  it("JSON: every aspect and every claim, with its locators in both papers", () => {
    expect(json.aspects.map((a) => a.axis)).toEqual(axes.map((a) => a.id));
    expect(json.claims.length).toBe(claims.length);
    expect(new Set(json.claims.map((c) => c.id)).size).toBe(claims.length);
    for (const c of json.claims) {
      const raw = claims.find((x) => x.id === c.id) as unknown as { kind: string; a?: unknown[]; b?: unknown[] };
      expect(c.verdict).toBe(raw.kind);
      expect(c.a.length).toBe(raw.a?.length ?? 0);
      expect(c.b.length).toBe(raw.b?.length ?? 0);
      expect(c.text.length).toBeGreaterThan(10);
    }
  });
  it("is offered on the page with the counts it holds", () => {
    const section = doc.querySelector('section[aria-labelledby="compare-downloads"]');
    expect(section?.querySelector(`a[href="${BASE}compare/comparison.csv"][download]`)).not.toBeNull();
    expect(section?.querySelector(`a[href="${BASE}compare/comparison.json"][download]`)).not.toBeNull();
    expect(text(section)).toContain(`${claims.length} 条`);
  });
});

/** A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines. */
function parse(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && csv[i + 1] === "\n") i++;
      endField();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}
