import { describe, expect, it } from "vitest";
import { copiedRuns, stripQuotations } from "../../helpers/copying.ts";

const SOURCE = "新型举国体制是在社会主义市场经济条件下，以关键核心技术攻关为主要任务的一种创新体制。";

describe("copiedRuns", () => {
  it("finds a long verbatim run outside quotations", () => {
    expect(copiedRuns("论文说：在社会主义市场经济条件下，以关键核心技术攻关为主要任务。", SOURCE, 12)).toEqual([
      "在社会主义市场经济条件下,以关键核心技术攻关为主要任务",
    ]);
  });
  it("ignores the same run inside a Quote element or a quote field", () => {
    expect(copiedRuns("论文说<Quote>在社会主义市场经济条件下，以关键核心技术攻关为主要任务</Quote>。", SOURCE, 12)).toEqual([]);
    expect(copiedRuns("  quote: 在社会主义市场经济条件下，以关键核心技术攻关为主要任务", SOURCE, 12)).toEqual([]);
  });
  it("accepts short shared phrases", () => {
    expect(copiedRuns("关键核心技术攻关是主要任务。", SOURCE, 12)).toEqual([]);
  });
  it("strips quotation marks' contents", () => {
    expect(stripQuotations("甲“乙丙”丁")).toBe("甲〔引〕丁");
  });
});
