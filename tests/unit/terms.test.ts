import { describe, expect, it } from "vitest";
import { conceptTerms, firstMatch, mentionedConcepts, sortTerms } from "../../src/lib/terms.ts";

describe("conceptTerms", () => {
  it.each([
    ["关键核心技术（攻关）", [], ["关键核心技术"]],
    ["后学院式（目标导向）", ["后学院式"], ["后学院式"]],
    ["举国体制", ["科技举国体制"], ["举国体制", "科技举国体制"]],
    ["“卡脖子”技术", ["卡脖子技术"], ["“卡脖子”技术", "卡脖子技术"]],
  ])("%s + %o → %o", (title, aliases, expected) => {
    expect(conceptTerms("x", title, aliases).map((t) => t.term)).toEqual(expected);
  });
});

describe("firstMatch", () => {
  const terms = sortTerms([...conceptTerms("juguo", "举国体制"), ...conceptTerms("xinxing", "新型举国体制")]);
  it("prefers the longer term at the same place", () => {
    expect(firstMatch("构建新型举国体制", terms, new Set())?.term.id).toBe("xinxing");
  });
  it("skips concepts already linked, without matching inside them", () => {
    expect(firstMatch("新型举国体制与举国体制", terms, new Set(["xinxing"]))).toEqual({ index: 7, term: { id: "juguo", term: "举国体制" } });
    expect(firstMatch("新型举国体制", terms, new Set(["xinxing"]))).toBeNull();
  });
  it("returns null when nothing matches", () => {
    expect(firstMatch("国家创新体系", terms, new Set())).toBeNull();
  });
});

describe("mentionedConcepts", () => {
  const terms = [...conceptTerms("juguo", "举国体制"), ...conceptTerms("tixi", "国家创新体系")];
  it("lists mentioned concept ids", () => {
    expect([...mentionedConcepts("举国体制与国家创新体系", terms)].sort()).toEqual(["juguo", "tixi"]);
  });
});
