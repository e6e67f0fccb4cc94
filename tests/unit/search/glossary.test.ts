import { describe, expect, it } from "vitest";
import { loadToSimplified } from "../../../src/lib/search/convert.ts";
import { authorAliases, dictionarySources, toSearchTerms, traditionalCharacters } from "../../../src/lib/search/glossary.ts";

describe("building the glossary", () => {
  it("lists the Traditional characters whose Simplified forms the site uses", async () => {
    const toSimplified = await loadToSimplified();
    expect(traditionalCharacters("举国体制", ["舉", "國", "體", "製", "漢", "举"], toSimplified)).toBe([..."國體舉製"].sort().join(""));
  });
  it("reads the single-character sources of an OpenCC dictionary", () => {
    expect(dictionarySources("舉 举|國 国|乾燥 干燥")).toEqual(["舉", "國"]);
  });
  it("keeps short forms of titles as aliases", () => {
    const [term] = toSearchTerms([
      { id: "b-stage-diffusion", href: "/x/", titleZh: "扩散阶段（模型核心）", titleEn: "Diffusion", kind: "model-stage", papers: ["paper-b"] },
    ]);
    expect(term).toEqual({
      id: "b-stage-diffusion",
      href: "/x/",
      zh: "扩散阶段（模型核心）",
      en: "Diffusion",
      aliases: ["扩散阶段"],
      kind: "model-stage",
      papers: ["paper-b"],
    });
    const [work] = toSearchTerms([{ id: "bib-x", href: "/r/#bib-x", titleZh: "Innovation", titleEn: "Innovation", kind: "bibliography", papers: ["paper-b"] }]);
    expect(work).toEqual({ id: "bib-x", href: "/r/#bib-x", zh: "Innovation", kind: "bibliography", papers: ["paper-b"] });
    const [characteristic] = toSearchTerms([
      {
        id: "a-char-x",
        href: "/e/",
        titleZh: "特征三：以关键核心技术攻关为主要任务",
        titleEn: "x",
        aliasesZh: ["关键任务"],
        kind: "characteristic",
        papers: ["paper-a"],
      },
    ]);
    expect(characteristic?.aliases).toEqual(["以关键核心技术攻关为主要任务", "关键任务"]);
  });
  it("names a work cited by its authors: full names for Chinese works (in either edition), family names otherwise", () => {
    expect(authorAliases([{ family: "曾", given: "宪奎" }], "zh-CN")).toEqual(["曾宪奎"]);
    expect(authorAliases([{ family: "Zeng", given: "Xiankui" }], "zh-CN")).toEqual(["Zeng Xiankui"]);
    expect(
      authorAliases(
        [
          { family: "Lundvall", given: "B K" },
          { family: "Rikap", given: "C" },
        ],
        "en",
      ),
    ).toEqual(["Lundvall", "Rikap"]);
    expect(authorAliases([{ literal: "本刊特约评论员" }], "zh-CN")).toEqual(["本刊特约评论员"]);
  });
});
