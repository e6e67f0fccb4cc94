import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEntries } from "../helpers/content.ts";
import { ROOT } from "../helpers/project.ts";

// Issue #11 (accuracy pass): the comparative claims a scholar expects, and the corrections of
// statements that went beyond or against the papers. Read straight from content/, without the site's code.

interface Locator {
  paper: string;
  section: string;
  footnote?: string;
}
interface Claim {
  kind: string;
  textZh: string;
  a?: Locator[];
  b?: Locator[];
}

const axes = readEntries("comparisons");
const claimsOf = (axis: string): Claim[] => (axes.find((e) => e.id === axis)?.data["claims"] ?? []) as Claim[];
const locatorsOf = (claim: Claim): Locator[] => [...(claim.a ?? []), ...(claim.b ?? [])];
const read = (path: string): string => readFileSync(join(ROOT, "content", path), "utf8");
const body = (path: string): string => read(path).split(/^---$/m).slice(2).join("---");
/** The text of every <SiteNote> in an MDX file. */
const siteNotes = (path: string): string[] => [...read(path).matchAll(/<SiteNote>([\s\S]*?)<\/SiteNote>/g)].map((m) => m[1] ?? "");

/** The claims added by the accuracy pass: the axis each belongs to, a phrase only it uses, and what it must locate. */
const NEW_CLAIMS = [
  { axis: "cmp-actors", phrase: "论文A讲动员，论文B讲参与", sections: ["a-2-1", "a-2-4", "b-3-2-1"], mentions: ["政府主导，广泛动员工人、农民", "互动者", "参与者"] },
  { axis: "cmp-actors", phrase: "动员全社会参与创新", sections: ["a-2-1", "b-3-1"], mentions: ["本站认为"] },
  { axis: "cmp-definitions", phrase: "论文A两边兼取", sections: ["a-1", "a-3-1", "a-3-5", "b-1"], mentions: ["国家利益为最高目标", "决定性作用"] },
  { axis: "cmp-definitions", phrase: "由什么构成", sections: ["a-4", "b-1"], mentions: ["价值理念", "殷忠勇"] },
  { axis: "cmp-definitions", phrase: "论文A站在支持一方", sections: ["a-5", "b-1"], mentions: ["优越性"] },
  { axis: "cmp-definitions", phrase: "不记录任何反对意见", sections: ["a-1", "b-1"], mentions: ["樊春良", "黄涛、郭恺茗", "应用场景与实现路径"] },
  { axis: "cmp-resource-allocation", phrase: "两个市场、两种资源", sections: ["a-3-5", "a-4-6", "a-4-5", "b-2-1-2"], mentions: ["揭榜挂帅", "体制内外、国内国外", "开放共享", "走出封闭的知识生产"] },
  { axis: "cmp-resource-allocation", phrase: "开放的方向不同", sections: ["a-3-5", "b-2-1-2"], mentions: ["本站认为"] },
] as const;

describe("the comparisons added by the accuracy pass", () => {
  it.each(NEW_CLAIMS)("$axis has the claim “$phrase”, located in both papers", ({ axis, phrase, sections, mentions }) => {
    const found = claimsOf(axis).filter((c) => c.textZh.includes(phrase));
    expect(found, `one claim of ${axis} contains “${phrase}”`).toHaveLength(1);
    const claim = found[0] as Claim;
    const locators = locatorsOf(claim);
    expect(locators.filter((l) => l.paper === "paper-a").length).toBeGreaterThanOrEqual(1);
    expect(locators.filter((l) => l.paper === "paper-b").length).toBeGreaterThanOrEqual(1);
    // Locators under `a` point into Paper A, those under `b` into Paper B.
    expect((claim.a ?? []).every((l) => l.paper === "paper-a" && l.section.startsWith("a-"))).toBe(true);
    expect((claim.b ?? []).every((l) => l.paper === "paper-b" && l.section.startsWith("b-"))).toBe(true);
    for (const section of sections) expect(locators.map((l) => l.section)).toContain(section);
    for (const words of mentions) expect(claim.textZh).toContain(words);
  });

  it("the critics claim cites Paper B's footnotes i and j", () => {
    const claim = claimsOf("cmp-definitions").find((c) => c.textZh.includes("不记录任何反对意见"));
    expect(claim?.kind).toBe("a-leaves-out");
    expect(claim?.b?.map((l) => l.footnote)).toEqual(expect.arrayContaining(["i", "j"]));
  });
});

describe("corrections of the accuracy pass", () => {
  it("the home page does not date Paper A's publication to 2022, and says its original year is unknown", () => {
    const home = read("pages/home.mdx");
    expect(home).not.toMatch(/两篇2022年/);
    expect(home).not.toMatch(/论文A[^。]{0,10}2022年发表/);
    expect(body("pages/home.mdx")).toMatch(/论文A[^。]*转载本[^。]*原发[^。]*未知/);
    const description = /descriptionZh:(.*)/.exec(home)?.[1] ?? "";
    expect(description).toMatch(/论文A[^：]*原发年份未知/);
  });

  it("cmp-actors no longer says the people are only objects served in Paper A", () => {
    const texts = claimsOf("cmp-actors").map((c) => c.textZh);
    for (const text of texts) {
      expect(text).not.toMatch(/体制服务的对象/);
      expect(text).not.toMatch(/而不是体制中的行动者/);
    }
    const participant = claimsOf("cmp-actors").find((c) => c.kind === "a-leaves-out");
    expect(participant?.textZh).toMatch(/动员工人和农民/);
    expect(participant?.textZh).toMatch(/用户/);
    expect(participant?.a?.map((l) => l.section)).toEqual(expect.arrayContaining(["a-2-1", "a-3-4"]));
  });

  it("cmp-resource-allocation gives the 赋能不足 warning to 曾宪奎, with Paper B's footnote a", () => {
    const claims = claimsOf("cmp-resource-allocation").filter((c) => c.textZh.includes("赋能不足"));
    expect(claims.length).toBeGreaterThanOrEqual(1);
    for (const claim of claims) {
      expect(claim.textZh).toContain("曾宪奎");
      expect(claim.b).toContainEqual(expect.objectContaining({ section: "b-3-1", footnote: "a" }));
    }
  });

  it("Paper A's definition is not said to stop at breakthroughs, nor breakthroughs to be its end", () => {
    const definitions = claimsOf("cmp-definitions").map((c) => c.textZh).join("\n") + body("comparisons/cmp-definitions.mdx");
    expect(definitions).not.toMatch(/止于攻关/);
    expect(definitions).not.toMatch(/不涉及技术的扩散/);
    expect(definitions).toMatch(/市场产业化转化/);
    expect(body("concepts/guanjian-hexin-jishu.mdx")).not.toMatch(/攻关突破本身视为目的/);
  });

  it("cmp-frameworks describes Paper A's model as three layers, not an organisation layer 辅以 mechanisms", () => {
    const text = body("comparisons/cmp-frameworks.mdx");
    expect(text).not.toMatch(/辅以/);
    for (const layer of ["a-layer-values", "a-layer-organisation", "a-layer-operation"]) expect(text).toContain(`<Ref to="${layer}">`);
  });

  it("juguo-tizhi puts the disagreement on the 应用场景 of the 新型 system", () => {
    expect(read("concepts/juguo-tizhi.mdx")).toMatch(/新型举国体制的应用场景有分歧/);
  });

  it("the site's inference about 协同 in Paper A is marked as a SiteNote", () => {
    expect(siteNotes("concepts/xietong-chuangxin.mdx").join("")).toMatch(/论文A这类论述/);
    expect(body("concepts/xietong-chuangxin.mdx").replace(/<SiteNote>[\s\S]*?<\/SiteNote>/g, "")).not.toMatch(/恰好指向/);
  });

  it("the 表1 page sets the alternative readings of the group labels beside the site's reading, as a SiteNote", () => {
    const notes = siteNotes("pages/about-table-1.mdx").join("");
    expect(notes).toMatch(/别的读法/);
    expect(notes).toMatch(/历史时期、经济体制两行/);
  });

  const OWNED = ["comparisons", "concepts", "pages"].flatMap((folder) => readEntries(folder).map((e) => `${folder}/${e.id}.mdx`));
  it.each(OWNED)("%s has no plain 本站注 paragraph (the site's remarks are <SiteNote>s)", (path) => {
    expect(read(path)).not.toMatch(/本站注：/);
  });
});
