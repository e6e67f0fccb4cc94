import { describe, expect, it, vi } from "vitest";
import { FIXTURES } from "../fixtures.ts";

vi.mock("astro:content", async () => (await import("../test-utils.ts")).mockedAstroContent(FIXTURES));

const { getElementView } = await import("../../../../src/data/views/element.ts");

describe("getElementView", () => {
  it("names the element's paper and kind in the eyebrow, the description and the search filters", async () => {
    const { page, eyebrow } = await getElementView("a-mech-project");
    expect(eyebrow).toBe("论文A · 运行机制");
    expect(page.title).toBe("精细高效的项目运行机制 | 新型举国体制比较知识库");
    expect(page.description).toBe("论文A · 运行机制：精细高效的项目运行机制");
    expect(page.kind).toBe("mechanism");
    expect(page.papers).toEqual(["paper-a"]);
    expect(page.canonical).toBe("http://127.0.0.1:4321/elements/a-mech-project/");
  });

  it("puts the parent element between the paper and the element in the crumbs", async () => {
    expect((await getElementView("a-mech-project")).page.crumbs).toEqual([
      { label: "首页", href: "/" },
      { label: "论文A", href: "/paper-a/" },
      { label: "运行机制层面", href: "/elements/a-layer-operation/" },
      { label: "精细高效的项目运行机制" },
    ]);
    expect((await getElementView("a-layer-operation")).page.crumbs.map((c) => c.label)).toEqual(["首页", "论文A", "运行机制层面"]);
  });

  it("takes its table of contents from the body and its locator from the content, note included", async () => {
    const view = await getElementView("a-mech-project");
    expect(view.page.toc).toEqual([{ id: "history", label: "历史与名称", depth: 2 }]);
    expect(view.locator).toEqual({
      label: "原文位置",
      paper: { label: "论文A", href: "/paper-a/" },
      trail: [{ label: "四、新型举国体制的模式构建", href: "/paper-a/a-4/" }],
      extras: ["第二个机制"],
    });
  });

  it("lists its parts in their order", async () => {
    expect((await getElementView("a-mech-project")).parts.map((p) => p.label)).toEqual(["决策招标", "质量监控"]);
  });

  it("lists its counterparts from the crosswalk (one source, both directions), typed, with the reason", async () => {
    const project = (await getElementView("a-mech-project")).counterparts;
    expect(project.map((c) => [c.other?.href, c.type, c.typeLabel, c.reasonZh, c.href])).toEqual([
      ["/elements/b-system-implementation/", "overlaps", "部分重合", "理由一。", "/compare/crosswalk/operation/#cw-project-implementation"],
      ["/elements/b-system-evaluation/", "contrasts", "取向相异", "理由二。", "/compare/crosswalk/operation/#cw-project-evaluation"],
    ]);
    expect((await getElementView("b-system-implementation")).counterparts.map((c) => c.other?.label)).toEqual(["精细高效的项目运行机制"]);
    const none = (await getElementView("b-ind-resource-allocation")).counterparts;
    expect(none.map((c) => [c.type, c.other, c.reasonZh])).toEqual([["none", undefined, "论文A没有。"]]);
  });

  it("gives its group: the parent and the siblings in order, itself marked", async () => {
    expect((await getElementView("a-mech-project-quality")).group).toEqual({
      up: { label: "精细高效的项目运行机制", href: "/elements/a-mech-project/" },
      siblings: [
        { label: "决策招标", href: "/elements/a-mech-project-bidding/", current: false },
        { label: "质量监控", href: "/elements/a-mech-project-quality/", current: true },
      ],
    });
    // Without a parent, the group is the paper's elements of the same kind, under that kind on the paper's page.
    const system = await getElementView("b-system-evaluation");
    expect(system.group.up).toEqual({ label: "论文B · 运行体系", href: "/paper-b/#kind-system" });
    expect(system.group.siblings.map((s) => s.label)).toEqual(["评价体系", "实施体系"]);
    expect(system.otherPaper).toBe("论文A");
  });

  it("lists the works the paper cites for it by short citation and title", async () => {
    expect((await getElementView("a-mech-project")).cites).toEqual([
      { label: "殷忠勇 2017：论科技创新新型举国体制的构建", href: "/references/#bib-yin-zhongyong-2017", lang: "zh-CN" },
    ]);
  });

  it("shows page and footnote in the locator, and cites the element on its own page", async () => {
    const view = await getElementView("b-ind-resource-allocation");
    expect(view.locator.extras).toEqual(["第45页", "脚注a"]);
    expect(view.cite.permalink.href).toBe("/elements/b-ind-resource-allocation/");
    expect(view.page.head.tags.find((t) => t.key === "DC.title")?.content).toBe("论文B核心指标：资源配置目标");
  });
});
