import { describe, expect, it } from "vitest";
import { authorSortKey, compareBibliography, formatName, shortCitation } from "../../../src/lib/cite/bibliography.ts";

describe("bibliography short forms", () => {
  it.each([
    [{ authors: [{ family: "殷", given: "忠勇" }], etAl: false, year: 2017, language: "zh-CN" }, "殷忠勇 2017"],
    [
      {
        authors: [
          { family: "李", given: "哲" },
          { family: "苏", given: "楠" },
        ],
        etAl: false,
        year: 2014,
        language: "zh-CN",
      },
      "李哲等 2014",
    ],
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

describe("bibliography order", () => {
  const zh = (family: string, given: string, year = 2020) => ({ authors: [{ family, given }], etAl: false, year, language: "zh-CN" });
  it.each([
    ["曾", "宪奎", "zeng1 xian4 kui2"],
    ["单", "雪", "shan4 xue3"],
    ["任", "瑞敏", "ren2 rui4 min3"],
  ])("reads the surname %s as a surname", (family, given, key) => {
    expect(authorSortKey(zh(family, given))).toBe(key);
  });
  it("files 曾宪奎 under Z (after 殷忠勇), Chinese works before English ones, then by year", () => {
    const entries = [
      { authors: [{ family: "Freeman", given: "C" }], etAl: false, year: 2002, language: "en" },
      zh("曾", "宪奎"),
      zh("殷", "忠勇", 2017),
      zh("黄", "涛", 2018),
      zh("黄", "涛", 2015),
      { authors: [{ literal: "本刊特约评论员" }], etAl: false, year: 2019, language: "zh-CN" },
    ];
    expect([...entries].sort(compareBibliography).map((e) => shortCitation(e))).toEqual([
      "本刊特约评论员 2019",
      "黄涛 2015",
      "黄涛 2018",
      "殷忠勇 2017",
      "曾宪奎 2020",
      "Freeman 2002",
    ]);
  });
  it("orders English works by the first author's family name", () => {
    expect(authorSortKey({ authors: [{ family: "Lundvall", given: "B K" }], language: "en" })).toBe("Lundvall");
  });
});
