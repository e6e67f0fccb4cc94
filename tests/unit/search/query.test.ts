import { describe, expect, it } from "vitest";
import {
  compact,
  compactText,
  containsChunks,
  holds,
  matchesText,
  normalizeQuery,
  parseQuery,
  segmentQuery,
  segmentWords,
  toPagefindQuery,
  typedTerms,
} from "../../../src/lib/search/query.ts";

describe("normalizeQuery", () => {
  it.each([
    ["  新型举国体制  ", "新型举国体制"],
    ["ＮＡＴＩＯＮＡＬ　Innovation", "national innovation"],
    ["“集中力量办大事”", '"集中力量办大事"'],
    ["「政产学研用」 『揭榜挂帅』", '"政产学研用" "揭榜挂帅"'],
  ])("%j → %j", (query, expected) => {
    expect(normalizeQuery(query)).toBe(expected);
  });
});

describe("compact", () => {
  it.each([
    ["技术实验—扩散模式", "技术实验扩散模式"],
    ["Whole-nation system", "wholenationsystem"],
    ["决策招标、责任管理\u200B", "决策招标责任管理"],
  ])("%j → %j", (text, expected) => {
    expect(compact(text)).toBe(expected);
  });
});

describe("segmentWords", () => {
  it("splits unspaced Chinese into words that rejoin to its letters", () => {
    for (const q of ["集中力量办大事", "政产学研用", "关键核心技术攻关"]) {
      const words = segmentWords(q);
      expect(words.length).toBeGreaterThan(1);
      expect(words.join("")).toBe(q);
    }
  });
  it("drops punctuation and splits ids at hyphens", () => {
    expect(segmentWords("技术实验—扩散模式").join("")).toBe("技术实验扩散模式");
    expect(segmentWords("stage-new")).toEqual(["stage", "new"]);
  });
});

describe("parseQuery", () => {
  it.each([
    ["新型举国体制", { chunks: ["新型举国体制"], phrases: [], id: null }],
    ['"新型举国体制的构成" 争论', { chunks: ["新型举国体制的构成", "争论"], phrases: ["新型举国体制的构成"], id: null }],
    ["“技术社会实验”", { chunks: ["技术社会实验"], phrases: ["技术社会实验"], id: null }],
    ["Stage-New", { chunks: ["stage-new"], phrases: [], id: "stage-new" }],
    ["a-mech-project", { chunks: ["a-mech-project"], phrases: [], id: "a-mech-project" }],
    ["national innovation system", { chunks: ["national", "innovation", "system"], phrases: [], id: null }],
    ["  ", { chunks: [], phrases: [], id: null }],
  ])("%j", (query, expected) => {
    expect(parseQuery(query)).toMatchObject(expected);
  });
  it("hands Pagefind the words, space-separated", () => {
    expect(toPagefindQuery(parseQuery("national innovation system"))).toBe("national innovation system");
    expect(toPagefindQuery(parseQuery("“集中力量办大事”")).replace(/ /g, "")).toBe("集中力量办大事");
  });
});

describe("what a result must contain (needs)", () => {
  it.each([
    ["互动者", [["互动"], ["互动者"]]],
    ["举国体制", [["举国"], ["体制"]]],
    ["国家实验室市场", [["国家"], ["实验"], ["实验室", "室市场"], ["市场"]]],
    ["政产学研用", [["政产"], ["学研"], ["学研用"]]],
    ["者", [["者"]]],
    ["national innovation system", [["national"], ["innovation"], ["system"]]],
  ])("%j: a single Chinese character counts only beside a word next to it as typed", (query, needs) => {
    expect(parseQuery(query).needs).toEqual(needs);
  });
  it("does not match a page on a stray single character", () => {
    expect(matchesText(parseQuery("互动者"), "良性互动……参与者")).toBe(false);
    expect(matchesText(parseQuery("互动者"), "生产者、互动者和参与者")).toBe(true);
    expect(matchesText(parseQuery("国家实验室市场"), "组建国家实验室，发挥市场作用")).toBe(true);
  });
});

describe("matchesText and containsChunks", () => {
  const text = "论文A把举国体制看作“集中力量办大事”这一制度优势的组织形式。国家创新体系 National innovation system";
  it.each([
    ["举国体制", true, true],
    ["组织 举国", true, true],
    ["体制举国", true, false],
    ['"集中力量办大事"', true, true],
    ['"集中力量 制度"', false, true],
    // English words typed together are one term: unbroken only where they stand together.
    ["national system", true, false],
    ["national innovation system", true, true],
    ["innovation 国家创新体系", true, true],
    ["xylophone", false, false],
  ])("%j: every word and phrase %s, every part unbroken %s", (query, words, unbroken) => {
    const parsed = parseQuery(query);
    expect(matchesText(parsed, text)).toBe(words);
    expect(containsChunks(parsed, text)).toBe(unbroken);
  });
});

describe("English words in a query", () => {
  it("match from the start of a word, in any of their inflected forms", () => {
    expect(matchesText(parseQuery("national"), "International relations")).toBe(false);
    expect(matchesText(parseQuery("national"), "国家national")).toBe(true);
    expect(matchesText(parseQuery("national laboratory"), "National laboratories")).toBe(true);
    expect(matchesText(parseQuery("interactors"), "the interactor")).toBe(true);
    expect(matchesText(parseQuery("people's well-being"), "People’s well-being")).toBe(true);
    expect(matchesText(parseQuery("diffusing"), "diffusion")).toBe(true);
    expect(matchesText(parseQuery("diffusing"), "confusing")).toBe(false);
  });
  it("are read in the site's British spelling", () => {
    expect(parseQuery("Organization of the Party Center").text).toBe("organisation of the party centre");
    expect(matchesText(parseQuery("commercialization"), "the commercialisation of achievements")).toBe(true);
  });
  it("typed together make one term", () => {
    expect(typedTerms(parseQuery("two bombs, one satellite"))).toEqual(["twobombsonesatellite"]);
    expect(typedTerms(parseQuery("国家实验室 national laboratory 市场"))).toEqual(["国家实验室", "nationallaboratory", "市场"]);
  });
});

describe("compactText and holds", () => {
  it("find a Chinese term anywhere and an English one from a word's start", () => {
    const text = compactText("International 国家创新体系national, people’s");
    expect(holds(text, "创新")).toBe(true);
    expect(holds(text, "national")).toBe(true);
    expect(holds(text, "internationalrelations")).toBe(false);
    expect(holds(text, "ational")).toBe(false);
    expect(holds(text, "peoples")).toBe(true);
  });
});

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
