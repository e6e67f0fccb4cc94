import { describe, expect, it } from "vitest";
import { buildSectionTree, formatSectionNumber, numberedHeading, sectionNeighbours } from "../../src/lib/sections.ts";

describe("formatSectionNumber", () => {
  it.each([
    ["二", "二、"],
    ["十", "十、"],
    ["(一)", "(一)"],
    ["（一）", "（一）"],
    ["1.", "1. "],
    ["摘要", "摘要"],
  ])("%s → %j", (n, expected) => {
    expect(formatSectionNumber(n)).toBe(expected);
  });
});

describe("numberedHeading", () => {
  it.each([
    ["二", "从国家创新体系到新型举国体制", "二、从国家创新体系到新型举国体制"],
    ["(一)", "传统举国体制形成阶段", "(一)传统举国体制形成阶段"],
    ["（二）", "新型举国体制的技术实验—扩散模型", "（二）新型举国体制的技术实验—扩散模型"],
    ["1.", "构成要素与核心指标", "1. 构成要素与核心指标"],
    // An unnumbered part is named once, never "摘要摘要" or "AbstractAbstract".
    ["摘要", "摘要", "摘要"],
    ["Abstract", "Abstract", "Abstract"],
    ["Abstract", "英文题名与摘要", "英文题名与摘要"],
  ])("%s + %s → %s", (n, heading, expected) => {
    expect(numberedHeading(n, heading)).toBe(expected);
  });
});

describe("buildSectionTree", () => {
  const section = (id: string, number: string, parent?: string) => ({
    id,
    data: { number, headingQuote: `标题${id}`, ...(parent === undefined ? {} : { parent: { id: parent } }) },
  });
  const sections = [section("b-1", "一"), section("b-3", "三"), section("b-3-1", "（一）", "b-3"), section("b-3-1-1", "1.", "b-3-1")];
  const href = (s: { id: string }) => `/paper-b/${s.id}/`;
  it("nests subsections under their parents, numbers formatted before the printed headings", () => {
    expect(buildSectionTree(sections, undefined, href)).toEqual([
      { label: "一、标题b-1", href: "/paper-b/b-1/", children: [] },
      {
        label: "三、标题b-3",
        href: "/paper-b/b-3/",
        children: [{ label: "（一）标题b-3-1", href: "/paper-b/b-3-1/", children: [{ label: "1. 标题b-3-1-1", href: "/paper-b/b-3-1-1/", children: [] }] }],
      },
    ]);
  });
  it("names an unnumbered part by its heading alone", () => {
    const abstract = { id: "b-abstract", data: { number: "摘要", headingQuote: "摘要" } };
    expect(buildSectionTree([abstract], undefined, href).map((n) => n.label)).toEqual(["摘要"]);
  });
  it("starts below a given section", () => {
    expect(buildSectionTree(sections, "b-3-1", href).map((n) => n.label)).toEqual(["1. 标题b-3-1-1"]);
    expect(buildSectionTree(sections, "b-1", href)).toEqual([]);
  });
});

describe("sectionNeighbours", () => {
  const s = (id: string, parent?: string) => ({ id, data: parent === undefined ? {} : { parent: { id: parent } } });
  // Document order, depth-first: 一, 二, 二(一), 二(一)1., 二(二), 三.
  const ordered = [s("x-1"), s("x-2"), s("x-2-1", "x-2"), s("x-2-1-1", "x-2-1"), s("x-2-2", "x-2"), s("x-3")];
  const ids = (n: ReturnType<typeof sectionNeighbours>) => ({ prev: n.prev?.id, next: n.next?.id, up: n.up?.id });
  it("gives the first section no previous one and no parent", () => {
    expect(ids(sectionNeighbours(ordered, "x-1"))).toEqual({ prev: undefined, next: "x-2", up: undefined });
  });
  it("steps into a section's first subsection and out of its last one, in document order", () => {
    expect(ids(sectionNeighbours(ordered, "x-2"))).toEqual({ prev: "x-1", next: "x-2-1", up: undefined });
    expect(ids(sectionNeighbours(ordered, "x-2-1-1"))).toEqual({ prev: "x-2-1", next: "x-2-2", up: "x-2-1" });
    expect(ids(sectionNeighbours(ordered, "x-2-2"))).toEqual({ prev: "x-2-1-1", next: "x-3", up: "x-2" });
  });
  it("gives the last section no next one", () => {
    expect(ids(sectionNeighbours(ordered, "x-3"))).toEqual({ prev: "x-2-2", next: undefined, up: undefined });
  });
  it("fails for a section that is not in the order", () => {
    expect(() => sectionNeighbours(ordered, "x-9")).toThrow(/x-9/);
  });
});
