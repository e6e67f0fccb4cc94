import { describe, expect, it } from "vitest";
import { formatName, shortCitation } from "../../src/lib/bibliography.ts";
import { segmentQuery } from "../../src/lib/search-query.ts";
import { formatSectionNumber } from "../../src/lib/sections.ts";
import { fill } from "../../src/i18n/ui.ts";

describe("segmentQuery", () => {
  it.each([
    // Intl.Segmenter's (ICU) dictionary: the Node search tests check these still find the right pages.
    ["举国体制", "举 国 体制"],
    ["新型举国体制", "新型 举 国 体制"],
    ["关键核心技术", "关键 核心 技术"],
    ["舉國體制", "舉國 體制"],
    ["national innovation system", "national innovation system"],
    ["  关键核心技术  national ", "关键 核心 技术 national"],
    ["stage-new", "stage-new"],
    ["", ""],
  ])("%j → %j", (query, expected) => {
    expect(segmentQuery(query)).toBe(expected);
  });
  it.each(["集中力量办大事", "技术实验—扩散模式", "政产学研用"])("splits %s into words that rejoin to its letters", (q) => {
    const words = segmentQuery(q).split(" ");
    expect(words.length).toBeGreaterThan(1);
    expect(words.join("")).toBe(q.replace(/—/g, ""));
  });
  it("drops punctuation between Chinese words", () => {
    expect(segmentQuery("政产学研用，揭榜挂帅")).not.toMatch(/，/);
  });
});

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

describe("bibliography short forms", () => {
  it.each([
    [{ authors: [{ family: "殷", given: "忠勇" }], etAl: false, year: 2017, language: "zh-CN" }, "殷忠勇 2017"],
    [{ authors: [{ family: "李", given: "哲" }, { family: "苏", given: "楠" }], etAl: false, year: 2014, language: "zh-CN" }, "李哲等 2014"],
    [{ authors: [{ family: "Freeman", given: "C" }], etAl: false, year: 2002, language: "en" }, "Freeman 2002"],
    [{ authors: [{ family: "Jeschke", given: "S" }], etAl: true, year: 2017, language: "en" }, "Jeschke et al. 2017"],
    [{ authors: [{ literal: "本刊特约评论员" }], etAl: false, year: 2019, language: "zh-CN" }, "本刊特约评论员 2019"],
  ])("%o → %s", (entry, expected) => {
    expect(shortCitation(entry)).toBe(expected);
  });
  it("formats Western names family-first with initials", () => {
    expect(formatName({ family: "Freeman", given: "C" }, "en")).toBe("Freeman C");
  });
});

describe("fill", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(fill("第{n}页 {x}", { n: 45 })).toBe("第45页 {x}");
  });
});
