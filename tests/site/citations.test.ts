import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { locateUnit, type UnitKind } from "../../src/lib/routes.ts";
import { readEntries, readList } from "../helpers/content.ts";
import { BASE, DIST, openSite, text } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

// The citable units, read from content/ without the site's code (as tests/site/coverage.test.ts does).
const units: { id: string; kind: UnitKind; address: string }[] = [{ id: "table-1", kind: "table", address: "table-1/" }];
const add = (id: string, kind: UnitKind, paper?: string) => {
  const loc = locateUnit(kind, id, paper);
  units.push({ id, kind, address: loc.anchor === undefined ? loc.path : `${loc.path}#${loc.anchor}` });
};
for (const [folder, kind] of [
  ["papers", "paper"],
  ["stages", "stage"],
  ["elements", "element"],
  ["concepts", "concept"],
  ["comparisons", "comparison"],
] as const)
  for (const e of readEntries(folder)) add(e.id, kind);
for (const e of readEntries("sections")) add(e.id, "section", String(e.data["paper"]));
// Every comparative claim is a unit of its own, anchored on the comparison page.
for (const e of readEntries("comparisons")) for (const claim of e.data["claims"] as { id: string }[]) add(claim.id, "claim");
for (const [folder, kind] of [
  ["table-1", "dimension"],
  ["matrix", "matrix-cell"],
  ["events", "event"],
  ["bibliography", "bibliography"],
] as const)
  for (const item of readList(folder)) add(String(item["id"]), kind);

const registry = JSON.parse(readFileSync(join(ROOT, "content/ids.json"), "utf8")) as { ids: Record<string, string>; moved?: Record<string, string> };
const builds = [
  { name: `served at ${BASE}`, dist: DIST, base: BASE },
  ...(existsSync(join(ROOT, "dist-kb")) ? [{ name: "served at /kb/", dist: join(ROOT, "dist-kb"), base: "/kb/" }] : []),
];
const site = openSite(DIST, BASE);
const pageOf = (address: string) => `${address.split("#")[0] ?? ""}index.html`;
const blockOf = (id: string, address: string) => site.page(pageOf(address)).querySelector(`details[data-cite="${id}"]`);

describe("the id registry (content/ids.json)", () => {
  it("lists every citable unit the content has", () => {
    const missing = units.filter((u) => registry.ids[u.id] === undefined).map((u) => `"${u.id}": "${u.address}"`);
    expect(missing, `add these lines under "ids" in content/ids.json:\n${missing.join(",\n")}`).toEqual([]);
  });
  describe.each(builds)("$name", ({ dist, base }) => {
    const built = openSite(dist, base);
    // An address that changed keeps resolving through the redirect page or alias anchor the build makes.
    it.each(Object.entries(registry.ids))("published id %s still resolves at %s", (id, address) => {
      const target = built.targetOf(`${base}${address}`);
      expect(target).not.toBeNull();
      if (target === null) return;
      expect(built.exists(target.file), `${target.file} exists`).toBe(true);
      if (target.anchor !== undefined) expect(built.page(target.file).getElementById(target.anchor), `#${target.anchor} on ${target.file}`).not.toBeNull();
      expect(built.exists(`cite/${id}/index.html`), `cite page of ${id}`).toBe(true);
    });
  });
});

describe.each(units)("$kind $id", ({ id, address }) => {
  it("has its anchor, a § permalink, a cite control and the fallback link to its cite page", () => {
    const doc = site.page(pageOf(address));
    const anchor = address.split("#")[1];
    if (anchor !== undefined) expect(doc.getElementById(anchor)).not.toBeNull();
    const href = `${BASE}${address}`;
    expect(doc.querySelectorAll(`a.permalink[href="${href}"]`).length, `§ link to ${href}`).toBeGreaterThan(0);
    const block = blockOf(id, address);
    expect(block?.querySelector("summary")).not.toBeNull();
    expect(block?.querySelector(`a[href="${BASE}cite/${id}/"]`)).not.toBeNull();
    // One citation as text, readable without JavaScript; the others are on the cite page, which the script brings in.
    const shown = block?.querySelectorAll("[data-cite-text]") ?? [];
    expect(shown).toHaveLength(1);
    expect(text(shown[0])).toBe(text(site.page(`cite/${id}/index.html`).querySelector("[data-cite-text]")));
  });
  it("has a cite page listing every format as text, and the three downloads", () => {
    const cite = site.page(`cite/${id}/index.html`);
    expect(cite.querySelectorAll("[data-cite-text]").length).toBeGreaterThanOrEqual(3);
    for (const ext of ["bib", "ris", "json"]) expect(site.exists(`cite/${id}.${ext}`), `cite/${id}.${ext}`).toBe(true);
    const items = JSON.parse(readFileSync(join(DIST, `cite/${id}.json`), "utf8")) as { id: string; URL?: string }[];
    expect(items.at(-1)?.id).toBe(`kb-${id}`);
    expect(items.at(-1)?.URL?.endsWith(`${BASE}${address}`)).toBe(true);
  });
});

describe("the citations a reader copies", () => {
  const origin = (file: string) => new URL(site.page(file).querySelector('link[rel="canonical"]')?.getAttribute("href") ?? "").origin;
  // A unit's formats as its cite page lists them (its cite control shows the first and brings in the rest).
  const entries = (id: string, target: string) =>
    (site.page(`cite/${id}/index.html`).querySelectorAll(".cite-set") ?? [])
      .filter((s) => text(s.querySelector(".cite-set__title")) === target)
      .flatMap((s) => s.querySelectorAll("[data-cite-text]").map((p) => text(p)));
  it("cites a Paper B section as the paper [J] and as this site's page [EB/OL]", () => {
    const [gbt] = entries("b-3-2-1", "引用原文");
    expect(gbt).toBe("张正清, 王娜. 构建以技术社会实验为导向的新型举国体制[J]. 云南社会科学, 2022(4).");
    const [site1] = entries("b-3-2-1", "引用本站页面");
    const url = `${origin("paper-b/b-3-2-1/index.html")}${BASE}paper-b/b-3-2-1/`;
    expect(site1).toMatch(
      new RegExp(
        `^新型举国体制比较知识库\\. 论文B 三（二）1\\. 构成要素与核心指标（\\d{4}-\\d{2}(-\\d{2})?版）\\[EB/OL\\]\\. \\(\\d{4}-\\d{2}-\\d{2}\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${url.replace(/[.]/g, "\\.")}\\.$`,
      ),
    );
  });
  it("prints the page's update date in the [EB/OL] citation", () => {
    const doc = site.page("paper-b/b-3-2-1/index.html");
    const updated = doc.querySelector(".cite-bar__updated time")?.getAttribute("datetime");
    expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entries("b-3-2-1", "引用本站页面")[0]).toContain(`(${updated})[`);
  });
  it("cites a 表1 dimension of Paper A as this site's page only, and says why", () => {
    expect(entries("dim-resource-allocation", "引用原文")).toEqual([]);
    const why = (doc: ReturnType<typeof site.page>) => text(doc.querySelector(".cite-formats__unknown"));
    expect(why(site.page("cite/dim-resource-allocation/index.html"))).toContain("复印报刊资料《中国政治》2022年第2期");
    // On 表1 itself the page's own control says it once; the rows' compact controls leave it to their cite pages.
    expect(text(blockOf("table-1", "table-1/")?.querySelector(".cite-formats__unknown"))).toContain("复印报刊资料《中国政治》2022年第2期");
    expect(entries("dim-resource-allocation", "引用本站页面")[0]).toMatch(/^新型举国体制比较知识库\. 论文A表1维度：资源配置（[0-9-]+版）\[EB\/OL\]\. /);
  });
});

describe("metadata in the page head", () => {
  const meta = (file: string, name: string) =>
    site
      .page(file)
      .querySelectorAll(`meta[name="${name}"]`)
      .map((m) => m.getAttribute("content"));
  const paperB = [
    "paper-b/index.html",
    ...readEntries("sections")
      .filter((s) => s.data["paper"] === "paper-b")
      .map((s) => `paper-b/${s.id}/index.html`),
  ];
  const paperA = [
    "paper-a/index.html",
    ...readEntries("sections")
      .filter((s) => s.data["paper"] === "paper-a")
      .map((s) => `paper-a/${s.id}/index.html`),
  ];
  it.each(paperB)("%s carries Paper B's citation_* tags (known fields only)", (file) => {
    expect(meta(file, "citation_title")).toEqual(["构建以技术社会实验为导向的新型举国体制"]);
    expect(meta(file, "citation_author")).toEqual(["张, 正清", "王, 娜"]);
    expect(meta(file, "citation_publication_date")).toEqual(["2022"]);
    expect(meta(file, "citation_journal_title")).toEqual(["云南社会科学"]);
    expect(meta(file, "citation_issue")).toEqual(["4"]);
    expect(meta(file, "citation_language")).toEqual(["zh-CN"]);
    expect(meta(file, "citation_firstpage")).toEqual([]);
  });
  it.each(paperA)("%s carries no citation_* tags (Paper A's title and authors are unknown), but Dublin Core", (file) => {
    expect(site.page(file).querySelectorAll('meta[name^="citation_"]')).toHaveLength(0);
    expect(meta(file, "DC.title")[0]?.startsWith("论文A")).toBe(true);
  });
  it.each(units.filter((u) => !u.address.includes("#")).map((u) => pageOf(u.address)))("%s has Dublin Core, Open Graph and JSON-LD", (file) => {
    const doc = site.page(file);
    expect(meta(file, "DC.date")[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute("content")).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"));
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? "{}") as Record<string, unknown>;
    expect(ld["@type"]).toBe("WebPage");
  });
});
