import { describe, expect, it } from "vitest";
import { readList } from "../helpers/content.ts";
import { BASE, exists, page, text } from "../helpers/dist.ts";

const LABELS: Record<string, string> = { equivalent: "对等", overlaps: "部分重合", contrasts: "取向相异", none: "无对应" };
const entries = readList("crosswalk").map((e) => ({
  id: String(e["id"]),
  a: e["a"] as string | undefined,
  b: e["b"] as string | undefined,
  type: String(e["type"]),
  reasonZh: String(e["reasonZh"]),
}));
const crosswalk = page("compare/crosswalk/index.html");

describe("the crosswalk page (/compare/crosswalk/)", () => {
  it("has one anchored row per entry and no other", () => {
    const rows = crosswalk.querySelectorAll("tr[id]");
    expect(rows.map((r) => r.id).sort()).toEqual(entries.map((e) => e.id).sort());
  });
  it.each(entries)("row $id shows both sides, the type, the reason, a § link and a cite page", (e) => {
    const row = crosswalk.getElementById(e.id);
    expect(row).not.toBeNull();
    if (row === null) return;
    expect(row.getAttribute("data-type")).toBe(e.type);
    expect(text(row.querySelector(".cw-type"))).toContain(LABELS[e.type]);
    expect(row.querySelector(`a.permalink[href="${BASE}compare/crosswalk/#${e.id}"]`)).not.toBeNull();
    expect(row.querySelector(`.cite-link a[href="${BASE}cite/${e.id}/"]`)).not.toBeNull();
    expect(exists(`cite/${e.id}/index.html`)).toBe(true);
    expect(text(row.querySelector(".cw-reason"))).toBe(e.reasonZh);
    for (const id of [e.a, e.b]) {
      if (id === undefined) continue;
      const hrefs = row.querySelectorAll("a").map((a) => a.getAttribute("href"));
      expect(hrefs.some((h) => h?.endsWith(`/${id}/`))).toBe(true);
    }
    expect(row.querySelectorAll(".cw-where details.cw-sources p a").length).toBeGreaterThan(0);
  });
  it("is linked from /compare/, and shows the crosswalk diagram", () => {
    const compare = page("compare/index.html");
    expect(compare.querySelector(`a[href="${BASE}compare/crosswalk/"]`)).not.toBeNull();
    expect(page("compare/crosswalk/index.html").querySelector("#dg-crosswalk svg title")?.textContent).toBe("两个模型的对照图");
  });
});

describe("element pages show their counterparts from the crosswalk", () => {
  const byElement = new Map<string, typeof entries>();
  for (const e of entries) for (const id of [e.a, e.b]) if (id !== undefined && !id.startsWith("stage-")) byElement.set(id, [...(byElement.get(id) ?? []), e]);
  it.each([...byElement.entries()])("%s", (id, own) => {
    const box = page(`elements/${id}/index.html`).querySelector("#counterparts");
    expect(box, `#counterparts on ${id}`).not.toBeNull();
    const items = box?.querySelectorAll("li[data-crosswalk]") ?? [];
    expect(items.map((li) => li.getAttribute("data-crosswalk")).sort()).toEqual(own.map((e) => e.id).sort());
    for (const e of own) {
      const item = items.find((li) => li.getAttribute("data-crosswalk") === e.id);
      expect(item?.getAttribute("data-type")).toBe(e.type);
      expect(text(item)).toContain(LABELS[e.type]);
      expect(text(item)).toContain(e.reasonZh);
      const other = e.a === id ? e.b : e.a;
      if (other !== undefined) expect(item?.querySelector(`a[href$="/${other}/"]`), `${id} → ${other}`).not.toBeNull();
    }
  });
});
