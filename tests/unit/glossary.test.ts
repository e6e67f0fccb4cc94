import { describe, expect, it } from "vitest";
import { buildGlossary, groupByInitial } from "../../src/lib/glossary.ts";

const term = (termZh: string) => ({
  id: termZh,
  termZh,
  termEn: termZh,
  definitionZh: `${termZh}的定义`,
  kindLabel: "概念",
  href: "#",
  enSource: "site" as const,
});

describe("buildGlossary", () => {
  it("orders terms by pinyin as a dictionary does", () => {
    const entries = buildGlossary(["新型举国体制", "举国体制", "创新生态", "“卡脖子”技术", "政产学研用"].map(term));
    expect(entries.map((e) => e.termZh)).toEqual(["创新生态", "举国体制", "“卡脖子”技术", "新型举国体制", "政产学研用"]);
  });
  it("gives tone-marked pinyin and the initial", () => {
    const [entry] = buildGlossary([term("举国体制")]);
    expect(entry?.pinyin).toBe("jǔ guó tǐ zhì");
    expect(entry?.initial).toBe("J");
  });
  it("groups consecutive entries by initial", () => {
    const groups = groupByInitial(buildGlossary(["举国体制", "技术扩散", "新型举国体制"].map(term)));
    expect(groups.map((g) => [g.initial, g.entries.length])).toEqual([
      ["J", 2],
      ["X", 1],
    ]);
  });
});
