import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { readEntries, readList } from "../helpers/content.ts";
import { BASE, exists, page, text } from "../helpers/dist.ts";

const LABELS: Record<string, string> = { equivalent: "对等", overlaps: "部分重合", contrasts: "取向相异", none: "无对应" };
const entries = readList("crosswalk").map((e) => ({
  id: String(e["id"]),
  a: e["a"] as string | undefined,
  b: e["b"] as string | undefined,
  type: String(e["type"]),
  reasonZh: String(e["reasonZh"]),
}));

// The parts of the crosswalk in page order, each on its own page, by the structure of Paper A's model (written out
// here, not read from the site's code): the stages; characteristics 1–3, 4–5; the layers of values and organisation,
// of operation; what only Paper B has.
const PARTS = ["stages", "characteristics-1-3", "characteristics-4-5", "values-organisation", "operation", "only-b"] as const;
const elements = new Map(readEntries("elements").map((e) => [e.id, e.data as { parent?: string; kind: string; order: number }]));
const stages = new Set(readEntries("stages").map((s) => s.id));
const rootOf = (id: string): string => {
  const parent = elements.get(id)?.parent;
  return parent === undefined ? id : rootOf(parent);
};
function expectedPart(a: string | undefined): string {
  if (a === undefined) return "only-b";
  if (stages.has(a)) return "stages";
  const root = elements.get(rootOf(a));
  if (root?.kind === "characteristic") return root.order <= 3 ? "characteristics-1-3" : "characteristics-4-5";
  if (root?.kind === "layer") return root.order <= 2 ? "values-organisation" : "operation";
  throw new Error(`crosswalk entry with a = ${a}: no part`);
}
const partOf = new Map(entries.map((e) => [e.id, expectedPart(e.a)]));
const hubHref = `${BASE}compare/crosswalk/`;
const partHref = (part: string) => `${BASE}compare/crosswalk/${part}/`;
const partPage = (part: string) => page(`compare/crosswalk/${part}/index.html`);
const hub = page("compare/crosswalk/index.html");

describe("the crosswalk's parts (/compare/crosswalk/<part>/)", () => {
  it("hold every entry as an anchored row, each on exactly one page: the one of its place in Paper A's model", () => {
    const rows = PARTS.flatMap((part) =>
      partPage(part)
        .querySelectorAll("tr[id]")
        .map((r) => [r.id, part] as const),
    );
    expect(rows.map(([id]) => id).sort()).toEqual(entries.map((e) => e.id).sort());
    for (const [id, part] of rows) expect(part, id).toBe(partOf.get(id));
  });
  it("keep at most 20 rows a page (the page weight budget of issue #15)", () => {
    for (const part of PARTS) expect(partPage(part).querySelectorAll("tr[id]").length, part).toBeLessThanOrEqual(20);
  });
  it.each(entries)("row $id shows both sides, the type, the reason, a § link, a cite page and its sources", (e) => {
    const part = partOf.get(e.id) ?? "";
    const row = partPage(part).getElementById(e.id);
    expect(row).not.toBeNull();
    if (row === null) return;
    expect(row.getAttribute("data-type")).toBe(e.type);
    expect(text(row.querySelector(".cw-type"))).toContain(LABELS[e.type]);
    const permalink = row.querySelector(`a.permalink[href="${partHref(part)}#${e.id}"]`);
    const cite = row.querySelector(`.cite-link a[href="${BASE}cite/${e.id}/"]`);
    expect(permalink).not.toBeNull();
    expect(cite).not.toBeNull();
    // Their accessible names say which pair they belong to.
    for (const side of [row.querySelector(".cw-a a"), row.querySelector(".cw-b a")]) {
      if (side === null) continue;
      expect(permalink?.getAttribute("aria-label")).toContain(text(side));
      expect(cite?.getAttribute("aria-label")).toContain(text(side));
    }
    expect(exists(`cite/${e.id}/index.html`)).toBe(true);
    expect(text(row.querySelector(".cw-reason"))).toBe(e.reasonZh);
    for (const id of [e.a, e.b]) {
      if (id === undefined) continue;
      const hrefs = row.querySelectorAll("a").map((a) => a.getAttribute("href"));
      expect(hrefs.some((h) => h?.endsWith(`/${id}/`))).toBe(true);
    }
    expect(row.querySelectorAll(".cw-where details.cw-sources p a").length).toBeGreaterThan(0);
  });
  it("keep the groups' heading ids, each group on its rows' page", () => {
    const groups = PARTS.flatMap((part) =>
      partPage(part)
        .querySelectorAll("section.cw-group")
        .map((s) => [s, part] as const),
    );
    expect(groups.length).toBe(10);
    for (const [section, part] of groups) {
      expect(section.querySelector("h2")?.id).toMatch(/^cw-group-/);
      for (const row of section.querySelectorAll("tr[id]")) expect(partOf.get(row.id)).toBe(part);
    }
  });
  it("follow one another in Paper A's order, each leading back to the hub", () => {
    for (const [i, part] of PARTS.entries()) {
      const nav = partPage(part).querySelector("nav.section-pager");
      const prev = PARTS[i - 1];
      const next = PARTS[i + 1];
      expect(nav?.querySelector('a[rel="prev"]')?.getAttribute("href"), part).toBe(prev === undefined ? undefined : partHref(prev));
      expect(nav?.querySelector('a[rel="next"]')?.getAttribute("href"), part).toBe(next === undefined ? undefined : partHref(next));
      expect(nav?.querySelector('a[data-nav="up"]')?.getAttribute("href")).toBe(hubHref);
    }
  });
  it("have breadcrumbs 首页 › 比较 › 两个模型的对照表 › the part", () => {
    for (const part of PARTS) {
      const crumbs = partPage(part).querySelectorAll("nav.breadcrumbs li");
      expect(crumbs.map((li) => text(li))).toEqual(["首页", "比较", "两个模型的对照表", text(partPage(part).querySelector("main h1"))]);
      expect(crumbs[2]?.querySelector("a")?.getAttribute("href")).toBe(hubHref);
    }
  });
});

describe("the crosswalk's hub (/compare/crosswalk/)", () => {
  const items = hub.querySelectorAll("ol.cw-parts > li");
  it("lists every part in order, linked, with its title and its rows counted by type", () => {
    expect(items.map((li) => li.getAttribute("data-part"))).toEqual([...PARTS]);
    for (const [i, part] of PARTS.entries()) {
      const li = items[i];
      const link = li?.querySelector(`a[href="${partHref(part)}"]`);
      expect(link, part).not.toBeNull();
      expect(text(link)).toBe(text(partPage(part).querySelector("main h1")));
      const own = entries.filter((e) => partOf.get(e.id) === part);
      expect(text(li?.querySelector("small"))).toContain(`${own.length}条`);
      const byType = new Map((li?.querySelectorAll("small span[data-type]") ?? []).map((s) => [s.getAttribute("data-type") ?? "", text(s)]));
      for (const type of Object.keys(LABELS)) {
        const n = own.filter((e) => e.type === type).length;
        if (n === 0) expect(byType.get(type), `${part} ${type}`).toBeUndefined();
        else expect(byType.get(type), `${part} ${type}`).toBe(`${LABELS[type] ?? type} ${n}`);
      }
    }
  });
  it("lists, under a part of several groups, each group linked at its heading on the part's page", () => {
    for (const [i, part] of PARTS.entries()) {
      const headings = partPage(part).querySelectorAll("section.cw-group h2[id]");
      const links = items[i]?.querySelectorAll("ul a") ?? [];
      expect(
        links.map((a) => a.getAttribute("href")),
        part,
      ).toEqual(headings.length > 1 ? headings.map((h) => `${partHref(part)}#${h.id}`) : []);
      for (const [j, a] of links.entries()) expect(text(headings[j])).toContain(text(a));
    }
  });
  it("counts all the entries by type", () => {
    const counts = hub.querySelectorAll("p.cw-counts span[data-type]");
    expect(counts.reduce((n, s) => n + Number(/\d+$/.exec(text(s))?.[0]), 0)).toBe(entries.length);
  });
  it("is linked from /compare/ and leads to the diagram's own page", () => {
    expect(page("compare/index.html").querySelector(`a[href="${hubHref}"]`)).not.toBeNull();
    expect(hub.querySelector(`main a[href="${hubHref}diagram/"]`)).not.toBeNull();
    expect(page("compare/crosswalk/diagram/index.html").querySelector("#dg-crosswalk svg title")?.textContent).toBe("两个模型的对照图");
  });
});

describe("anchors published on /compare/crosswalk/ before the parts had their own pages", () => {
  const groupPart = new Map(
    PARTS.flatMap((part) =>
      partPage(part)
        .querySelectorAll("section.cw-group h2[id]")
        .map((h) => [h.id, part] as const),
    ),
  );
  const old = [...entries.map((e) => [e.id, partOf.get(e.id) ?? ""] as const), ...groupPart];
  const script = hub.querySelectorAll("head script").find((s) => s.rawText.includes("location.replace"));
  it.each(old)("#%s is an empty target in its part's entry on the hub", (id, part) => {
    const target = hub.querySelector(`ol.cw-parts > li[data-part="${part}"] > span[id="${id}"]`);
    expect(target).not.toBeNull();
    expect(text(target)).toBe("");
    expect(hub.querySelectorAll(`[id="${id}"]`).length).toBe(1);
  });
  it("the diagram's anchor is an empty target by the link to the diagram's page", () => {
    expect(hub.querySelector(`span#cw-diagram + a[href="${hubHref}diagram/"]`)).not.toBeNull();
  });
  it("the script sends each old anchor on to the page it now lives on", () => {
    let to: string | undefined;
    const run = (hash: string) => {
      to = undefined;
      runInNewContext(script?.rawText ?? "", { location: { hash, replace: (href: string) => (to = href) }, decodeURIComponent });
      return to;
    };
    for (const [id, part] of old) expect(run(`#${id}`)).toBe(`${partHref(part)}#${id}`);
    expect(run("#cw-diagram")).toBe(`${hubHref}diagram/`);
    expect(run("#cw-parts")).toBeUndefined();
    expect(run("")).toBeUndefined();
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
  it("link each pair at its anchor on its part's page", () => {
    for (const [id, own] of byElement)
      for (const e of own) {
        const hrefs = page(`elements/${id}/index.html`)
          .querySelectorAll(`li[data-crosswalk="${e.id}"] a`)
          .map((a) => a.getAttribute("href"));
        expect(hrefs, `${id}: ${e.id}`).toContain(`${partHref(partOf.get(e.id) ?? "")}#${e.id}`);
      }
  });
});
