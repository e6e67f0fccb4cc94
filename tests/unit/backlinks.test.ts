import { describe, expect, it } from "vitest";
import { computeBacklinks, groupBacklinks } from "../../src/lib/backlinks.ts";
import { conceptTerms } from "../../src/lib/terms.ts";

describe("computeBacklinks", () => {
  const terms = [...conceptTerms("juguo", "举国体制"), ...conceptTerms("tixi", "国家创新体系")];
  it("collects mentions by name, by <Ref> and by explicit listing, never self", () => {
    const links = computeBacklinks(
      [
        { id: "a-1", text: "论文讨论举国体制。", concepts: [] },
        { id: "b-2", text: '见<Ref to="tixi">此</Ref>', concepts: [] },
        { id: "b-3", text: "无关", concepts: ["juguo"] },
        { id: "juguo", text: "举国体制本身", concepts: [] },
      ],
      terms,
    );
    expect(links.get("juguo")).toEqual(["a-1", "b-3"]);
    expect(links.get("tixi")).toEqual(["b-2"]);
  });
});

describe("groupBacklinks", () => {
  it("makes one entry of units that read the same, each linked by its kind; others stay as they are", () => {
    const section = { label: "科学统筹的整体规划机制", paperLabel: "论文A", href: "/paper-a/a-4-3/", kindLabel: "章节" };
    const element = { label: "科学统筹的整体规划机制", paperLabel: "论文A", href: "/elements/a-mech-planning/", kindLabel: "模型要素" };
    const other = { label: "资源配置", href: "/compare/#cmp-resource-allocation", kindLabel: "比较维度" };
    expect(groupBacklinks([section, other, element, section])).toEqual([
      {
        label: "科学统筹的整体规划机制",
        paperLabel: "论文A",
        links: [
          { href: "/paper-a/a-4-3/", kindLabel: "章节" },
          { href: "/elements/a-mech-planning/", kindLabel: "模型要素" },
        ],
      },
      { label: "资源配置", links: [{ href: "/compare/#cmp-resource-allocation", kindLabel: "比较维度" }] },
    ]);
  });
  it("keeps apart the same label in different papers", () => {
    const a = { label: "资源配置", paperLabel: "论文A", href: "/table-1/#dim-resource-allocation", kindLabel: "表1维度" };
    const b = { label: "资源配置", paperLabel: "论文B", href: "/elements/b-ind-resource/", kindLabel: "模型要素" };
    expect(groupBacklinks([a, b])).toHaveLength(2);
  });
});
