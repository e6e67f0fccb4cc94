import { describe, expect, it } from "vitest";
import { citeUnit } from "../../../src/lib/cite/citations.ts";
import { englishDate, formatEntry, formatWithAccessed, gbtEtAl, parseReferences, toBibtex, toRis } from "../../../src/lib/cite/cite-format.ts";
import { PAPER_B, SITE, ACCESSED, B_3_2_1, DIMENSION } from "./fixtures.ts";

describe("downloads", () => {
  const section = citeUnit(B_3_2_1, ACCESSED, SITE);
  const dimension = citeUnit(DIMENSION, ACCESSED, SITE);
  it("writes BibTeX with Chinese names in full (family, given), no cited page and no access date", () => {
    expect(toBibtex(section.items)).toBe(
      [
        "@article{paper-b,",
        "\tauthor = {张, 正清 and 王, 娜},",
        "\ttitle = {构建以技术社会实验为导向的新型举国体制},",
        "\tjournal = {云南社会科学},",
        "\tnumber = {4},",
        "\tyear = {2022},",
        "\tkeywords = {新型举国体制, 技术社会实验, 技术扩散, 创新参与},",
        "\tlangid = {zh-CN},",
        "\tlanguage = {zh-CN},",
        "}",
        "",
        // A web page is @online (Zotero: webpage), its URL given once, its date in full (date) and as BibTeX's year and month.
        "@online{kb-b-3-2-1,",
        "\tauthor = {{新型举国体制比较知识库}},",
        "\ttitle = {论文{B} 三（二）1. 构成要素与核心指标},",
        "\tyear = {2026},",
        "\tmonth = nov,",
        "\tdate = {2026-11-23},",
        "\turl = {https://kb.example.org/kb/paper-b/b-3-2-1/},",
        "\tlangid = {zh-CN},",
        "\tlanguage = {zh-CN},",
        "}",
        "",
      ].join("\n"),
    );
    expect(toBibtex(dimension.items)).not.toMatch(/howpublished|@misc/);
  });
  it("writes a thesis as @phdthesis with its school, a conference paper as @inproceedings with its booktitle", () => {
    const thesis = {
      id: "bib-li-y-2017",
      type: "thesis" as const,
      language: "en",
      title: "Innovation Pathways in the Chinese Economy",
      author: [{ family: "Li", given: "Y." }],
      publisher: "Georgia Institute of Technology",
      issued: { "date-parts": [[2017]] },
    };
    expect(toBibtex([thesis])).toBe(
      [
        "@phdthesis{bib-li-y-2017,",
        "\tauthor = {Li, Y.},",
        "\ttitle = {{Innovation} {Pathways} in the {Chinese} {Economy}},",
        "\tschool = {Georgia Institute of Technology},",
        "\tyear = {2017},",
        "\tlangid = {en},",
        "\tlanguage = {en},",
        "}",
        "",
      ].join("\n"),
    );
    const paper = {
      id: "c",
      type: "paper-conference" as const,
      language: "en",
      title: "T & U",
      author: [{ family: "Warrol", given: "C" }],
      editor: [{ literal: "S. Umeda et al. (Eds.)" }],
      "container-title": "APMS 2015",
      page: "101-109",
      issued: { "date-parts": [[2015]] },
    };
    expect(toBibtex([paper])).toContain(
      "@inproceedings{c,\n\tauthor = {Warrol, C},\n\ttitle = {{T} \\& {U}},\n\tbooktitle = {{APMS} 2015},\n\teditor = {{S. Umeda et al. (Eds.)}},\n\tpages = {101--109},\n\tyear = {2015},",
    );
  });
  it("writes RIS one line per field, the whole id, PY and DA on every record, ER closing each", () => {
    const long = {
      ...section.items[1],
      id: "kb-a-char-institutional-support-government",
      URL: "https://kb.example.org/kb/elements/a-char-institutional-support-government/",
      title: "论文A组成部分：系统集成高效的政府组织体系",
    } as (typeof section.items)[number];
    const ris = toRis([...section.items, long]);
    expect(ris).toBe(
      [
        "TY  - JOUR",
        "ID  - paper-b",
        "TI  - 构建以技术社会实验为导向的新型举国体制",
        "AU  - 张, 正清",
        "AU  - 王, 娜",
        "T2  - 云南社会科学",
        "PY  - 2022",
        "DA  - 2022///",
        "IS  - 4",
        "LA  - zh-CN",
        "KW  - 新型举国体制",
        "KW  - 技术社会实验",
        "KW  - 技术扩散",
        "KW  - 创新参与",
        "ER  - ",
        "",
        "TY  - ELEC",
        "ID  - kb-b-3-2-1",
        "TI  - 论文B 三（二）1. 构成要素与核心指标",
        "AU  - 新型举国体制比较知识库",
        "T2  - 新型举国体制比较知识库",
        "PY  - 2026",
        "DA  - 2026/11/23/",
        "LA  - zh-CN",
        "UR  - https://kb.example.org/kb/paper-b/b-3-2-1/",
        "ER  - ",
        "",
        "TY  - ELEC",
        "ID  - kb-a-char-institutional-support-government",
        "TI  - 论文A组成部分：系统集成高效的政府组织体系",
        "AU  - 新型举国体制比较知识库",
        "T2  - 新型举国体制比较知识库",
        "PY  - 2026",
        "DA  - 2026/11/23/",
        "LA  - zh-CN",
        "UR  - https://kb.example.org/kb/elements/a-char-institutional-support-government/",
        "ER  - ",
        "",
      ].join("\n"),
    );
    const conference = {
      id: "bib-warrol-2015",
      type: "paper-conference" as const,
      title: "Manufacturing Research, Innovation, and PhD Education on a National Level - Produktion2030, a Swedish Example",
      author: [{ family: "Warrol", given: "C" }],
      "container-title": "APMS 2015, Part II",
      page: "101-109",
      issued: { "date-parts": [[2015]] },
    };
    const lines = toRis([conference]).replace(/\n$/, "").split("\n");
    expect(lines.every((l) => /^[A-Z][A-Z0-9] {2}- \S/.test(l) || l === "ER  - ")).toBe(true);
    expect(lines).toEqual(expect.arrayContaining(["TY  - CONF", "PY  - 2015", "C3  - APMS 2015, Part II", "SP  - 101", "EP  - 109"]));
  });
  it.each([
    ["BibTeX", toBibtex],
    ["RIS", toRis],
  ])("%s parses back into the same fields", (_name, write) => {
    const [article, page] = parseReferences(write(section.items));
    expect(article).toMatchObject({
      type: "article-journal",
      title: PAPER_B.title,
      "container-title": "云南社会科学",
      issue: "4",
      issued: { "date-parts": [[2022]] },
    });
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
    const item = {
      id: "x",
      type: "webpage" as const,
      title: "题",
      author: [{ literal: SITE }],
      issued: { "date-parts": [[2011, 11, 11]] },
      URL: "https://kb.example.org/",
    };
    const f = formatWithAccessed(item, "gbt", "2011-11-11");
    expect(f.text).toBe("新型举国体制比较知识库. 题[EB/OL]. (2011-11-11)[2011-11-11]. https://kb.example.org/.");
    expect(f.accessed).toEqual({
      before: "新型举国体制比较知识库. 题[EB/OL]. (2011-11-11)[",
      date: "2011-11-11",
      after: "]. https://kb.example.org/.",
      form: "iso",
    });
  });
  it("leaves styles that print no access date alone", () => {
    const item = {
      id: "x",
      type: "webpage" as const,
      title: "题",
      author: [{ literal: SITE }],
      issued: { "date-parts": [[2026, 11, 23]] },
      URL: "https://kb.example.org/",
    };
    expect(formatWithAccessed(item, "apa", ACCESSED).accessed).toBeUndefined();
  });
  it("writes English dates as the en-US locale does", () => {
    expect(englishDate("2026-11-03")).toBe("November 3, 2026");
  });
});

describe("gbtEtAl", () => {
  it("writes 等 after three Chinese authors and et al. after three Western ones (GB/T 7714—2015 §8.1.2)", () => {
    expect(gbtEtAl("吴吉东, 郝晓琳, 李宁, 等人. 中国“举国体制”应对巨灾的经济效益评估方法及应用[J].", "zh-CN")).toBe(
      "吴吉东, 郝晓琳, 李宁, 等. 中国“举国体制”应对巨灾的经济效益评估方法及应用[J].",
    );
    expect(gbtEtAl("SPIRKO M, SPIRKOVA D, CAGANOVA D, 等人. Eco-Innovation[C].", "en")).toBe("SPIRKO M, SPIRKOVA D, CAGANOVA D, et al. Eco-Innovation[C].");
  });
  it("formats a Chinese work with four authors with 等", () => {
    const item = {
      id: "w",
      type: "article-journal" as const,
      language: "zh-CN",
      title: "题",
      author: [
        { family: "吴", given: "吉东" },
        { family: "郝", given: "晓琳" },
        { family: "李", given: "宁" },
        { family: "张", given: "洁" },
      ],
      "container-title": "刊",
      issue: "1",
      issued: { "date-parts": [[2014]] },
    };
    expect(formatEntry(item, "gbt")).toBe("吴吉东, 郝晓琳, 李宁, 等. 题[J]. 刊, 2014(1).");
  });
});

describe("GB/T literal names", () => {
  it("prints an editor known only as the footnote prints it, not in capitals", () => {
    const item = {
      id: "c",
      type: "paper-conference" as const,
      language: "en",
      title: "Manufacturing Research",
      author: [{ family: "Warrol", given: "C" }],
      editor: [{ literal: "S. Umeda et al. (Eds.)" }],
      "container-title": "APMS 2015, Part II",
      page: "101-109",
      issued: { "date-parts": [[2015]] },
    };
    const text = formatEntry(item, "gbt");
    expect(text).toContain("//S. Umeda et al. (Eds.)");
    expect(text).toContain("WARROL C.");
  });
});
