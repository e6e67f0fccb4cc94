import { describe, expect, it, vi } from "vitest";
import { FIXTURES } from "../fixtures.ts";

vi.mock("astro:content", async () => (await import("../test-utils.ts")).mockedAstroContent(FIXTURES));

const { getConceptView, getConceptsView } = await import("../../../../src/data/views/concept.ts");

describe("getConceptView", () => {
  it("gives the concept's names, crumbs under 概念, and a description naming it in both languages", async () => {
    const { page, titleZh, aliases } = await getConceptView("xinxing-juguo-tizhi");
    expect(titleZh).toBe("新型举国体制");
    expect(aliases).toEqual(["科技创新新型举国体制"]);
    expect(page.description).toBe("新型举国体制（New whole-nation system）：两篇论文的论述对照");
    expect(page.crumbs).toEqual([{ label: "首页", href: "/" }, { label: "概念", href: "/concepts/" }, { label: "新型举国体制" }]);
    expect(page.toc).toEqual([]);
  });

  it("files the page under the papers that discuss the concept only", async () => {
    expect((await getConceptView("xinxing-juguo-tizhi")).page.papers).toEqual(["paper-a"]);
    expect((await getConceptView("juguo-tizhi")).page.papers).toEqual(["paper-a", "paper-b"]);
  });

  it("sets both papers' views side by side, with the locators of the one that discusses it", async () => {
    expect((await getConceptView("xinxing-juguo-tizhi")).views).toEqual([
      {
        paperId: "paper-a",
        paper: { label: "论文A", href: "/paper-a/" },
        discussed: true,
        summaryZh: "论文A的界定。",
        quote: "以关键核心技术攻关为主要任务",
        locators: [
          {
            label: "原文位置",
            paper: { label: "论文A", href: "/paper-a/" },
            trail: [
              { label: "二、举国体制的历史演变及其比较分析", href: "/paper-a/a-2/" },
              { label: "(四)历史视野中的举国体制比较分析", href: "/paper-a/a-2-4/" },
            ],
            extras: ["综合界定"],
          },
        ],
      },
      { paperId: "paper-b", paper: { label: "论文B", href: "/paper-b/" }, discussed: false, locators: [] },
    ]);
  });

  it("links related concepts and lists the pages that mention it (by name or by listing it), never itself", async () => {
    const view = await getConceptView("xinxing-juguo-tizhi");
    expect(view.related).toEqual([{ label: "举国体制", href: "/concepts/juguo-tizhi/", titleEn: "Whole-nation system" }]);
    const paperA = view.backlinks.find((g) => g.label === "论文A");
    const items = [...(paperA?.shown ?? []), ...(paperA?.folded ?? [])];
    expect(items).toContainEqual({ label: "精细高效的项目运行机制", href: "/elements/a-mech-project/", kindLabel: "模型要素", context: undefined });
    // Named in a field the page shows (not in a body under a heading): the sentence, and the page itself to land on.
    expect(items).toContainEqual({
      label: "新型举国体制建构阶段",
      href: "/stages/stage-new/",
      kindLabel: "历史阶段",
      context: { before: "", term: "新型举国体制", after: "建构阶段的任务" },
    });
    const all = view.backlinks.flatMap((g) => [...g.shown, ...g.folded]);
    expect(all.map((l) => l.href)).not.toContain("/concepts/xinxing-juguo-tizhi/");
    expect(view.backlinkCount).toBe(all.length);
  });

  it("declares the concept a DefinedTerm in the page's JSON-LD", async () => {
    const ld = JSON.parse((await getConceptView("xinxing-juguo-tizhi")).page.head.jsonLd) as { mainEntity: unknown };
    expect(ld.mainEntity).toMatchObject({ "@type": "DefinedTerm", name: "新型举国体制", alternateName: "New whole-nation system" });
  });
});

describe("getConceptsView", () => {
  it("lists every concept, linked, in id order", async () => {
    const { page, concepts } = await getConceptsView();
    expect(concepts.map((c) => c.href)).toEqual(["/concepts/juguo-tizhi/", "/concepts/xinxing-juguo-tizhi/"]);
    expect(page.crumbs).toEqual([{ label: "首页", href: "/" }, { label: "概念" }]);
    expect(page.kind).toBe("concept");
  });
});
