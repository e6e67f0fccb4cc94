import { describe, expect, it } from "vitest";
import { formatName, shortCitation } from "../../../src/lib/cite/bibliography.ts";

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
