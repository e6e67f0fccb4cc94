import { describe, expect, it, vi } from "vitest";
import { FIXTURES } from "../fixtures.ts";

vi.mock("astro:content", async () => (await import("../test-utils.ts")).mockedAstroContent(FIXTURES));

const { getSectionPaths, getSectionView } = await import("../../../../src/data/views/section.ts");
const ORIGIN = "http://127.0.0.1:4321";

describe("getSectionView", () => {
  it("gives a subsection its number, title, crumbs through every enclosing section, and its paper's filters", async () => {
    const { page, titleZh, eyebrow } = await getSectionView("b-3-2-1");
    expect(titleZh).toBe("构成要素与核心指标");
    expect(eyebrow).toBe("论文B · 1.");
    expect(page.title).toBe("1. 构成要素与核心指标 | 新型举国体制比较知识库");
    // The description names the section with its whole number trail, as its citation title does (#16).
    expect(page.description).toBe("论文B 三（二）1. 构成要素与核心指标");
    expect(page.canonical).toBe(`${ORIGIN}/paper-b/b-3-2-1/`);
    expect(page.crumbs).toEqual([
      { label: "首页", href: "/" },
      { label: "论文B", href: "/paper-b/" },
      { label: "三、技术实验—扩散模式", href: "/paper-b/b-3/" },
      { label: "（二）技术实验—扩散模型", href: "/paper-b/b-3-2/" },
      { label: "1. 构成要素与核心指标" },
    ]);
    expect(page.kind).toBe("section");
    expect(page.papers).toEqual(["paper-b"]);
  });

  it("lists the body's h2 and h3 headings as the table of contents", async () => {
    expect((await getSectionView("b-3-2-1")).page.toc).toEqual([
      { id: "elements", label: "四个构成要素", depth: 2 },
      { id: "actors", label: "行动者", depth: 3 },
    ]);
  });

  it("shows the locator trail with the printed headings, linked, and the page", async () => {
    expect((await getSectionView("b-3-2-1")).locator).toEqual({
      label: "原文位置",
      paper: { label: "论文B", href: "/paper-b/" },
      trail: [
        { label: "三、新型举国体制的技术实验—扩散模式", href: "/paper-b/b-3/" },
        { label: "（二）新型举国体制的技术实验—扩散模型", href: "/paper-b/b-3-2/" },
        { label: "1. 构成要素与核心指标", href: "/paper-b/b-3-2-1/" },
      ],
      extras: ["第45页"],
    });
  });

  it("describes Paper B itself in the head (Highwire tags for reference managers) and dates the page from the paper's unit", async () => {
    const { head } = (await getSectionView("b-3-2-1")).page;
    const tag = (key: string) => head.tags.filter((t) => t.key === key).map((t) => t.content);
    expect(tag("citation_title")).toEqual(["构建以技术社会实验为导向的新型举国体制"]);
    expect(tag("citation_author")).toEqual(["张, 正清", "王, 娜"]);
    expect(tag("DC.title")).toEqual(["论文B 三（二）1. 构成要素与核心指标"]);
    expect(tag("DC.identifier")).toEqual([`${ORIGIN}/paper-b/b-3-2-1/`]);
    expect(JSON.parse(head.jsonLd)).toMatchObject({
      "@type": "WebPage",
      about: { "@type": "ScholarlyArticle", name: "构建以技术社会实验为导向的新型举国体制" },
    });
  });

  it("cites the section under its full trail, with a permalink to its page", async () => {
    const { cite } = await getSectionView("b-3-2-1");
    expect(cite.permalink).toMatchObject({ href: "/paper-b/b-3-2-1/", absolute: `${ORIGIN}/paper-b/b-3-2-1/` });
    expect(cite.formats.locator).toBe("论文B › 三、新型举国体制的技术实验—扩散模式 › （二）新型举国体制的技术实验—扩散模型 › 1. 构成要素与核心指标 · 第45页");
    expect(cite.formats.downloads.map((d) => d.href)).toEqual(["/cite/b-3-2-1.bib", "/cite/b-3-2-1.ris", "/cite/b-3-2-1.json"]);
    expect(cite.citePageHref).toBe("/cite/b-3-2-1/");
  });

  it("lists the elements the section treats, and a parent's subsections as a tree", async () => {
    expect((await getSectionView("b-3-2-1")).elements).toEqual([
      { label: "资源配置目标", href: "/elements/b-ind-resource-allocation/", titleEn: "Resource allocation" },
    ]);
    expect((await getSectionView("b-3")).subsections).toEqual([
      {
        label: "（二）新型举国体制的技术实验—扩散模型",
        href: "/paper-b/b-3-2/",
        children: [
          { label: "1. 构成要素与核心指标", href: "/paper-b/b-3-2-1/", children: [] },
          { label: "2. 运行体系", href: "/paper-b/b-3-2-2/", children: [] },
        ],
      },
    ]);
  });

  it("gives a top-level section only its paper in the crumbs", async () => {
    const { page } = await getSectionView("a-2");
    expect(page.crumbs.map((c) => c.label)).toEqual(["首页", "论文A", "二、举国体制的历史演变"]);
    // Paper A's title and authors are unknown: no Highwire record rather than a wrong one.
    expect(page.head.tags.some((t) => t.key.startsWith("citation_"))).toBe(false);
  });

  it("reads on in document order within the paper, up to the enclosing section or the paper", async () => {
    expect((await getSectionView("b-3-2-1")).pager).toEqual({
      prev: { label: "（二）技术实验—扩散模型", href: "/paper-b/b-3-2/" },
      next: { label: "2. 运行体系", href: "/paper-b/b-3-2-2/" },
      up: { label: "（二）技术实验—扩散模型", href: "/paper-b/b-3-2/", section: true },
    });
    // The first section of a paper has no previous one; a top-level section goes up to its paper.
    expect((await getSectionView("a-2")).pager).toEqual({
      prev: undefined,
      next: { label: "(四)比较分析", href: "/paper-a/a-2-4/" },
      up: { label: "论文A", href: "/paper-a/", section: false },
    });
    // The last has no next one, and never crosses into the other paper.
    expect((await getSectionView("b-3-2-2")).pager.next).toBeUndefined();
    expect((await getSectionView("a-4")).pager.next).toBeUndefined();
  });

  it("has one path per section, under its paper", async () => {
    expect((await getSectionPaths()).map((p) => `${p.params.paper}/${p.params.section}`)).toEqual([
      "paper-a/a-2",
      "paper-a/a-2-4",
      "paper-a/a-4",
      "paper-b/b-3",
      "paper-b/b-3-2",
      "paper-b/b-3-2-1",
      "paper-b/b-3-2-2",
    ]);
  });
});
