import { describe, expect, it } from "vitest";
import { citeUnit } from "../../../src/lib/cite/citations.ts";
import { englishDate, formatWithAccessed, parseReferences, toBibtex, toRis } from "../../../src/lib/cite/cite-format.ts";
import { PAPER_B, SITE, ACCESSED, B_3_2_1, DIMENSION } from "./fixtures.ts";

describe("downloads", () => {
  const section = citeUnit(B_3_2_1, ACCESSED, SITE);
  const dimension = citeUnit(DIMENSION, ACCESSED, SITE);
  it("writes BibTeX with Chinese names in full (family, given), no cited page and no access date", () => {
    expect(toBibtex(section.items)).toBe(
      [
        "@article{paper-b,",
        "\tauthor = {张, 正清 and 王, 娜},",
        "\tjournal = {云南社会科学},",
        "\tnumber = {4},",
        "\tyear = {2022},",
        "\ttitle = {构建以技术社会实验为导向的新型举国体制},",
        "}",
        "@misc{kb-b-3-2-1,",
        "\tauthor = {{新型举国体制比较知识库}},",
        "\tyear = {2026},",
        "\tmonth = {nov 23},",
        "\ttitle = {论文{B} 三（二）1. 构成要素与核心指标},",
        "\turl = {https://kb.example.org/kb/paper-b/b-3-2-1/},",
        "\thowpublished = {https://kb.example.org/kb/paper-b/b-3-2-1/},",
        "}",
        "",
      ].join("\n"),
    );
    expect(toBibtex(dimension.items)).toBe(
      [
        "@misc{kb-dim-resource-allocation,",
        "\tauthor = {{新型举国体制比较知识库}},",
        "\tyear = {2026},",
        "\tmonth = {nov 23},",
        "\ttitle = {论文{A}表1维度：资源配置},",
        "\turl = {https://kb.example.org/kb/table-1/#dim-resource-allocation},",
        "\thowpublished = {https://kb.example.org/kb/table-1/#dim-resource-allocation},",
        "}",
        "",
      ].join("\n"),
    );
  });
  it.each([
    ["BibTeX", toBibtex],
    ["RIS", toRis],
  ])("%s parses back into the same fields", (_name, write) => {
    const [article, page] = parseReferences(write(section.items));
    expect(article).toMatchObject({ type: "article-journal", title: PAPER_B.title, "container-title": "云南社会科学", issue: "4", issued: { "date-parts": [[2022]] } });
    expect(article?.["author"]).toEqual([
      { family: "张", given: "正清" },
      { family: "王", given: "娜" },
    ]);
    expect(page).toMatchObject({ title: "论文B 三（二）1. 构成要素与核心指标", URL: B_3_2_1.url, issued: { "date-parts": [[2026, 11, 23]] } });
    expect(JSON.stringify(page?.["author"])).toContain(SITE);
    expect(page?.["accessed"]).toBeUndefined();
  });
});

describe("formatWithAccessed", () => {
  it("finds the access date even when it shares digits with the sentinels", () => {
    const item = { id: "x", type: "webpage" as const, title: "题", author: [{ literal: SITE }], issued: { "date-parts": [[2011, 11, 11]] }, URL: "https://kb.example.org/" };
    const f = formatWithAccessed(item, "gbt", "2011-11-11");
    expect(f.text).toBe("新型举国体制比较知识库. 题[EB/OL]. (2011-11-11)[2011-11-11]. https://kb.example.org/.");
    expect(f.accessed).toEqual({ before: "新型举国体制比较知识库. 题[EB/OL]. (2011-11-11)[", date: "2011-11-11", after: "]. https://kb.example.org/.", form: "iso" });
  });
  it("leaves styles that print no access date alone", () => {
    const item = { id: "x", type: "webpage" as const, title: "题", author: [{ literal: SITE }], issued: { "date-parts": [[2026, 11, 23]] }, URL: "https://kb.example.org/" };
    expect(formatWithAccessed(item, "apa", ACCESSED).accessed).toBeUndefined();
  });
  it("writes English dates as the en-US locale does", () => {
    expect(englishDate("2026-11-03")).toBe("November 3, 2026");
  });
});
