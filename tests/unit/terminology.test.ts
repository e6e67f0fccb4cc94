import { describe, expect, it } from "vitest";
import {
  acceptedForms,
  conceptTermZh,
  misrenderedTerms,
  registryProblems,
  terminologyProblems,
  termsInTitle,
  type TermRecord,
} from "../../src/lib/terminology.ts";

const term = (zh: string, en: string, formsEn: string[] = [], match = true): TermRecord => ({ zh, en, formsEn, source: "site", match, definedIn: `def:${zh}` });
const TERMS = [
  term("举国体制", "Whole-nation system"),
  term("新型举国体制", "New whole-nation system"),
  term("集中力量办大事", "Concentrating resources to accomplish major undertakings"),
  term("党中央", "the Party Centre"),
  term("揭榜挂帅", "Open competition for leading roles (jiebang guashuai)"),
  term("生产", "production"),
  term("生产者", "producers", ["producer"]),
  term("应用", "application", ["applying"]),
  term("卡脖子技术", "Chokepoint technologies"),
  term("学", "university", [], false),
];

describe("conceptTermZh", () => {
  it("drops parenthetical additions and quotation marks", () => {
    expect(conceptTermZh("“卡脖子”技术")).toBe("卡脖子技术");
    expect(conceptTermZh("学校（高校）")).toBe("学校");
  });
});

describe("acceptedForms", () => {
  it("compares without case, leading article or parenthetical romanisation", () => {
    expect(acceptedForms(term("党中央", "the Party Centre"))).toEqual(["party centre"]);
    expect(acceptedForms(term("揭榜挂帅", "Open competition for leading roles (jiebang guashuai)"))).toEqual(["open competition for leading roles"]);
  });
});

describe("termsInTitle", () => {
  it("lets a longer term cover the shorter ones inside it", () => {
    expect(termsInTitle("构建新型举国体制", TERMS).map((t) => t.zh)).toEqual(["新型举国体制"]);
    expect(termsInTitle("生产者与生产阶段", TERMS).map((t) => t.zh)).toEqual(["生产者", "生产"]);
    expect(termsInTitle("新型举国体制与举国体制", TERMS).map((t) => t.zh)).toEqual(["新型举国体制", "举国体制"]);
  });
  it("ignores quotation marks and terms that are only parts of a longer one", () => {
    expect(termsInTitle("“卡脖子”技术", TERMS).map((t) => t.zh)).toEqual(["卡脖子技术"]);
    expect(termsInTitle("学校", TERMS)).toEqual([]);
  });
});

describe("misrenderedTerms", () => {
  it.each([
    ["以集中力量办大事的制度体系为支撑", "Supported by the institutional system of concentrating resources to accomplish major undertakings", []],
    ["以集中力量办大事的制度体系为支撑", "Supported by the institutional system of concentrating forces on major undertakings", ["集中力量办大事"]],
    ["以党中央的领导为引领", "Guided by the leadership of the Party Centre", []],
    ["以党中央的领导为引领", "Led by the Party Central Committee", ["党中央"]],
    ["国外市场：揭榜挂帅", "Foreign markets: open competition for leading roles", []],
    ["国外市场：揭榜挂帅", "Foreign markets: open competitions for talent", ["揭榜挂帅"]],
    ["掌握而不是应用", "mastering instead of applying", []],
    ["生产者", "Producer", []],
    ["生产者", "Productive agents", ["生产者"]],
  ])("%s / %s → %o", (zh, en, expected) => {
    expect(misrenderedTerms(zh, en, TERMS).map((t) => t.zh)).toEqual(expected);
  });
  it("matches whole words only", () => {
    expect(misrenderedTerms("生产阶段", "The reproduction stage", TERMS).map((t) => t.zh)).toEqual(["生产"]);
    expect(misrenderedTerms("新型举国体制", "The new whole-nation systems", TERMS).map((t) => t.zh)).toEqual(["新型举国体制"]);
  });
});

describe("terminologyProblems", () => {
  it("names the file, the field, the term and its canonical English", () => {
    const problems = terminologyProblems(
      [{ where: "content/sections/paper-a/a-3-2.mdx", titleZh: "以集中力量办大事的制度体系为支撑", titleEn: "concentrating forces" }],
      TERMS,
    );
    expect(problems).toEqual([
      'content/sections/paper-a/a-3-2.mdx: field "titleEn" "concentrating forces" renders 集中力量办大事 without its canonical English "Concentrating resources to accomplish major undertakings", defined in def:集中力量办大事',
    ]);
  });
  it("requires one English title for one Chinese title", () => {
    const units = [
      { where: "a.mdx", titleZh: "精细高效的项目运行机制", titleEn: "A meticulous project mechanism" },
      { where: "b.mdx", titleZh: "精细高效的项目运行机制", titleEn: "A precise project mechanism" },
    ];
    expect(terminologyProblems(units, [])).toEqual([
      'b.mdx: field "titleEn" "A precise project mechanism" differs from "A meticulous project mechanism" in a.mdx, which has the same titleZh 精细高效的项目运行机制',
    ]);
  });
});

describe("registryProblems", () => {
  it("refuses a term stored twice", () => {
    expect(registryProblems([term("资源配置", "Resource allocation"), { ...term("资源配置", "allocation of resources"), definedIn: "terms.yaml" }])).toEqual([
      'terms.yaml: field "zh" 资源配置 is already registered in def:资源配置; a term has one canonical English',
    ]);
  });
});
