import { describe, expect, it } from "vitest";
import { parseQuery } from "../../../src/lib/search/query.ts";
import {
  exactTerms,
  GLOSSARY_SHARDS,
  glossaryCommon,
  glossaryShard,
  pagefindWord,
  shardOf,
  similarity,
  suggestTerms,
  type SearchGlossary,
} from "../../../src/lib/search/terms.ts";

const GLOSSARY: SearchGlossary = {
  traditional: "舉國體",
  terms: [
    { id: "dim-resource-allocation", href: "/table-1/#dim-resource-allocation", zh: "资源配置", en: "Resource allocation", kind: "table", papers: ["paper-a"] },
    {
      id: "b-lesson-participation",
      href: "/elements/b-lesson-participation/",
      zh: "启示三：创新的参与性",
      aliases: ["创新的参与性"],
      kind: "lesson",
      papers: ["paper-b"],
    },
    { id: "ziyuan-peizhi", href: "/concepts/ziyuan-peizhi/", zh: "资源配置", en: "Resource allocation", kind: "concept", papers: ["paper-a", "paper-b"] },
    {
      id: "chuangxin-canyu",
      href: "/concepts/chuangxin-canyu/",
      zh: "创新参与",
      en: "Participation in innovation",
      aliases: ["创新的参与性"],
      kind: "concept",
      papers: ["paper-b"],
    },
    { id: "juguo-tizhi", href: "/concepts/juguo-tizhi/", zh: "举国体制", en: "Whole-nation system", kind: "concept", papers: ["paper-a", "paper-b"] },
    {
      id: "xinxing-juguo-tizhi",
      href: "/concepts/xinxing-juguo-tizhi/",
      zh: "新型举国体制",
      en: "New whole-nation system",
      kind: "concept",
      papers: ["paper-a", "paper-b"],
    },
  ],
};
const ids = (query: string) => exactTerms(parseQuery(query), GLOSSARY).map((t) => t.id);

describe("exactTerms", () => {
  it.each([
    ["举国体制", ["juguo-tizhi"]],
    ["Whole-nation system", ["juguo-tizhi"]],
    ["whole nation system", ["juguo-tizhi"]],
    ["xinxing-juguo-tizhi", ["xinxing-juguo-tizhi"]],
    ["“举国体制”", ["juguo-tizhi"]],
    ["资源配置", ["ziyuan-peizhi", "dim-resource-allocation"]],
    ["创新的参与性", ["chuangxin-canyu", "b-lesson-participation"]],
    ["举国", []],
    ["举国体制 新型", []],
  ])("%j names %j", (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });
});

describe("suggestTerms", () => {
  it.each([
    ["举国体质", "举国体制"],
    ["新型举国", "新型举国体制"],
    ["whole nation sistem", "举国体制"],
  ])("%j suggests %j", (query, expected) => {
    expect(suggestTerms(parseQuery(query), GLOSSARY).map((t) => t.zh)).toContain(expected);
  });
  it("suggests nothing for a query unlike every term", () => {
    expect(suggestTerms(parseQuery("xylophone"), GLOSSARY)).toEqual([]);
  });
  it("measures similarity from 0 to 1", () => {
    expect(similarity("举国体制", "举国体制")).toBe(1);
    expect(similarity("举国体制", "市场")).toBe(0);
    expect(similarity("举国体质", "举国体制")).toBeGreaterThan(0.5);
  });
});

describe("pagefindWord", () => {
  const uses = { 体制: 12, 技术: 9, 新型: 3 };
  it.each([
    ["新型举国体制", "举"],
    ["揭榜挂帅", "揭榜"],
    ["技术体制", "技术"],
  ])("%j is searched as %j: the word fewest names share, then the longest, then the first", (query, word) => {
    expect(pagefindWord(parseQuery(query), uses)).toBe(word);
  });
});

describe("the glossary in parts", () => {
  it("puts every unit in the shard of each of its names, so a query naming it finds it there", () => {
    for (const term of GLOSSARY.terms)
      for (const name of [term.zh, term.id])
        expect(
          exactTerms(parseQuery(name), { ...GLOSSARY, terms: glossaryShard(GLOSSARY, shardOf(name.replace(/[^\p{L}\p{N}]+/gu, "").toLowerCase())) }),
        ).toContainEqual(term);
    const shards = Array.from({ length: GLOSSARY_SHARDS }, (_, n) => glossaryShard(GLOSSARY, n));
    expect(new Set(shards.flat())).toEqual(new Set(GLOSSARY.terms));
  });
  it("keeps what every query needs in the common part: Traditional characters and the entries inside pages", () => {
    const common = glossaryCommon(GLOSSARY);
    expect(common.traditional).toBe("舉國體");
    expect(common.entries).toEqual([["/table-1/#dim-resource-allocation", ["paper-a"]]]);
  });
});
