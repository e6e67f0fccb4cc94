import { describe, expect, it } from "vitest";
import { loadToSimplified, needsConversion } from "../../../src/lib/search/convert.ts";

describe("Traditional → Simplified", () => {
  it.each([
    ["舉國體制", "举国体制"],
    ["新型舉國體制", "新型举国体制"],
    ["關鍵核心技術攻關", "关键核心技术攻关"],
    ["集中力量辦大事", "集中力量办大事"],
    ["政產學研用", "政产学研用"],
    ["技術實驗—擴散模式", "技术实验—扩散模式"],
    ["新型举国体制", "新型举国体制"],
    ["national innovation system", "national innovation system"],
  ])("%s → %s", async (traditional, simplified) => {
    expect((await loadToSimplified())(traditional)).toBe(simplified);
  });
  it("is needed only when a query holds one of the listed Traditional characters", () => {
    expect(needsConversion("舉國體制", "國舉")).toBe(true);
    expect(needsConversion("举国体制", "國舉")).toBe(false);
    expect(needsConversion("stage-new", "國舉")).toBe(false);
  });
});
