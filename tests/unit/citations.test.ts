import { describe, expect, it } from "vitest";
import { citeUnit, locatorText, paperItem, reprintText, sectionLabel, type CitationInput, type PaperFacts, type UnitCitations } from "../../src/lib/citations.ts";
import { englishDate, formatWithAccessed, parseReferences, toBibtex, toRis } from "../../src/lib/cite-format.ts";

// The papers as content/papers/*.mdx describe them (Paper A: title, authors and journal unknown).
const PAPER_B: PaperFacts = {
  id: "paper-b",
  labelZh: "论文B",
  title: "构建以技术社会实验为导向的新型举国体制",
  titleEn: "The Construction of a New National System Oriented by Technological Social Experiments",
  authors: [
    { family: "张", given: "正清" },
    { family: "王", given: "娜" },
  ],
  journal: "云南社会科学",
  year: 2022,
  issue: "4",
  keywords: ["新型举国体制", "技术社会实验", "技术扩散", "创新参与"],
  language: "zh-CN",
};
const PAPER_A: PaperFacts = { id: "paper-a", labelZh: "论文A", reprint: { nameZh: "复印报刊资料《中国政治》", year: 2022, issue: "2", column: "【理论探讨】" }, language: "zh-CN" };
const SITE = "新型举国体制比较知识库";
const ROOT = "https://kb.example.org/kb/";
const UPDATED = { date: "2026-11-23", source: "front-matter" } as const;
const ACCESSED = "2026-11-24";

const B_3_2_1: CitationInput = {
  id: "b-3-2-1",
  kind: "section",
  pageTitle: "论文B 三（二）1. 构成要素与核心指标",
  url: `${ROOT}paper-b/b-3-2-1/`,
  updated: UPDATED,
  paper: PAPER_B,
  locator: {
    trail: [
      { number: "三", heading: "新型举国体制的技术实验—扩散模式" },
      { number: "（二）", heading: "新型举国体制的技术实验—扩散模型" },
      { number: "1.", heading: "构成要素与核心指标" },
    ],
  },
};
const DIMENSION: CitationInput = {
  id: "dim-resource-allocation",
  kind: "dimension",
  pageTitle: "论文A表1维度：资源配置",
  url: `${ROOT}table-1/#dim-resource-allocation`,
  updated: UPDATED,
  paper: PAPER_A,
  locator: { trail: [{ number: "二", heading: "举国体制的历史演变及其比较分析" }, { number: "(四)", heading: "历史视野中的举国体制比较分析" }], note: "表1前正文" },
};
const PAPER: CitationInput = { id: "paper-b", kind: "paper", pageTitle: "论文B：构建以技术社会实验为导向的新型举国体制", url: `${ROOT}paper-b/`, updated: UPDATED, paper: PAPER_B };
const ON_PAGE_45: CitationInput = { ...B_3_2_1, id: "b-ind-resource-allocation", kind: "element", pageTitle: "论文B核心指标：资源配置目标", url: `${ROOT}elements/b-ind-resource-allocation/`, locator: { trail: B_3_2_1.locator?.trail ?? [], page: 45 } };

const text = (c: UnitCitations, target: string, style: string) => c.blocks.find((b) => b.target === target)?.formats.find((f) => f.style === style)?.formatted.text;

// Each expected string is written from the standard, not copied from the formatter:
// GB/T 7714—2015 §4.4 (连续出版物中的析出文献) and §4.6 (电子资源, [EB/OL] with (更新日期)[引用日期]),
// §8.8.2 (引文页码 in the page slot); APA 7 §9.25, 9.38 (translated title), 9.16 (group author = site);
// names in full, surname first. Where APA 7 is silent (a journal with an issue but no volume) the
// official CSL style prints the issue in the volume's place; that choice is pinned here too.
describe.each([
  {
    name: "Paper B itself",
    input: PAPER,
    gbtPaper: "张正清, 王娜. 构建以技术社会实验为导向的新型举国体制[J]. 云南社会科学, 2022(4).",
    gbtSite: "新型举国体制比较知识库. 论文B：构建以技术社会实验为导向的新型举国体制[EB/OL]. (2026-11-23)[2026-11-24]. https://kb.example.org/kb/paper-b/.",
    apaPaper: "张正清, & 王娜. (2022). 构建以技术社会实验为导向的新型举国体制 [The Construction of a New National System Oriented by Technological Social Experiments]. 云南社会科学, 4.",
    apaSite: "新型举国体制比较知识库. (2026, November 23). 论文B：构建以技术社会实验为导向的新型举国体制. https://kb.example.org/kb/paper-b/",
  },
  {
    name: "a Paper B section (b-3-2-1)",
    input: B_3_2_1,
    gbtPaper: "张正清, 王娜. 构建以技术社会实验为导向的新型举国体制[J]. 云南社会科学, 2022(4).",
    gbtSite: "新型举国体制比较知识库. 论文B 三（二）1. 构成要素与核心指标[EB/OL]. (2026-11-23)[2026-11-24]. https://kb.example.org/kb/paper-b/b-3-2-1/.",
    apaPaper: "张正清, & 王娜. (2022). 构建以技术社会实验为导向的新型举国体制 [The Construction of a New National System Oriented by Technological Social Experiments]. 云南社会科学, 4.",
    apaSite: "新型举国体制比较知识库. (2026, November 23). 论文B 三（二）1. 构成要素与核心指标. https://kb.example.org/kb/paper-b/b-3-2-1/",
  },
  {
    name: "a Paper B unit on the printed page 45",
    input: ON_PAGE_45,
    gbtPaper: "张正清, 王娜. 构建以技术社会实验为导向的新型举国体制[J]. 云南社会科学, 2022(4): 45.",
    gbtSite: "新型举国体制比较知识库. 论文B核心指标：资源配置目标[EB/OL]. (2026-11-23)[2026-11-24]. https://kb.example.org/kb/elements/b-ind-resource-allocation/.",
    apaPaper: "张正清, & 王娜. (2022). 构建以技术社会实验为导向的新型举国体制 [The Construction of a New National System Oriented by Technological Social Experiments]. 云南社会科学, 4.",
    apaSite: "新型举国体制比较知识库. (2026, November 23). 论文B核心指标：资源配置目标. https://kb.example.org/kb/elements/b-ind-resource-allocation/",
  },
  {
    name: "a 表1 dimension of Paper A (dim-resource-allocation)",
    input: DIMENSION,
    gbtPaper: undefined,
    gbtSite: "新型举国体制比较知识库. 论文A表1维度：资源配置[EB/OL]. (2026-11-23)[2026-11-24]. https://kb.example.org/kb/table-1/#dim-resource-allocation.",
    apaPaper: undefined,
    apaSite: "新型举国体制比较知识库. (2026, November 23). 论文A表1维度：资源配置. https://kb.example.org/kb/table-1/#dim-resource-allocation",
  },
])("citing $name", ({ input, gbtPaper, gbtSite, apaPaper, apaSite }) => {
  const cited = citeUnit(input, ACCESSED, SITE);
  it("formats the original paper in GB/T 7714 and APA 7", () => {
    expect(text(cited, "paper", "gbt")).toBe(gbtPaper);
    expect(text(cited, "paper", "apa")).toBe(apaPaper);
  });
  it("formats the site's page in GB/T 7714 [EB/OL] and APA 7", () => {
    expect(text(cited, "site", "gbt")).toBe(gbtSite);
    expect(text(cited, "site", "apa")).toBe(apaSite);
  });
  it("marks the GB/T access date so the browser can put in the reader's", () => {
    const accessed = cited.blocks.find((b) => b.target === "site")?.formats.find((f) => f.style === "gbt")?.formatted.accessed;
    expect(accessed?.date).toBe(ACCESSED);
    expect(accessed?.form).toBe("iso");
    expect(`${accessed?.before}${accessed?.date}${accessed?.after}`).toBe(gbtSite);
    expect(accessed?.before.endsWith("(2026-11-23)[")).toBe(true);
  });
});

describe("Paper A, whose title and authors are unknown", () => {
  it("has no CSL item and no formatted citation of the original, and says why", () => {
    expect(paperItem(PAPER_A)).toBeUndefined();
    const cited = citeUnit(DIMENSION, ACCESSED, SITE);
    expect(cited.blocks.map((b) => b.target)).toEqual(["site"]);
    expect(cited.paperUnformattable?.id).toBe("paper-a");
    expect(cited.items.map((i) => i.id)).toEqual(["kb-dim-resource-allocation"]);
    expect(JSON.stringify(cited)).not.toMatch(/\[J\]|未知作者|Anonymous|n\.d\./);
  });
  it("names its reprint in prose", () => {
    expect(reprintText(PAPER_A)).toBe("复印报刊资料《中国政治》2022年第2期【理论探讨】");
  });
});

describe("Chicago author-date", () => {
  it("writes Paper B with its issue as CMOS does for journals without volumes", () => {
    expect(text(citeUnit(PAPER, ACCESSED, SITE), "paper", "chicago")).toBe("张正清, and 王娜. 2022. “构建以技术社会实验为导向的新型举国体制.” 云南社会科学, no. 4.");
  });
});

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
    const thesis = { id: "bib-li-y-2017", type: "thesis" as const, language: "en", title: "Innovation Pathways in the Chinese Economy", author: [{ family: "Li", given: "Y." }], publisher: "Georgia Institute of Technology", issued: { "date-parts": [[2017]] } };
    expect(toBibtex([thesis])).toBe(
      ["@phdthesis{bib-li-y-2017,", "\tauthor = {Li, Y.},", "\ttitle = {{Innovation} {Pathways} in the {Chinese} {Economy}},", "\tschool = {Georgia Institute of Technology},", "\tyear = {2017},", "\tlangid = {en},", "\tlanguage = {en},", "}", ""].join("\n"),
    );
    const paper = { id: "c", type: "paper-conference" as const, language: "en", title: "T & U", author: [{ family: "Warrol", given: "C" }], editor: [{ literal: "S. Umeda et al. (Eds.)" }], "container-title": "APMS 2015", page: "101-109", issued: { "date-parts": [[2015]] } };
    expect(toBibtex([paper])).toContain("@inproceedings{c,\n\tauthor = {Warrol, C},\n\ttitle = {{T} \\& {U}},\n\tbooktitle = {{APMS} 2015},\n\teditor = {{S. Umeda et al. (Eds.)}},\n\tpages = {101--109},\n\tyear = {2015},");
  });
  it("writes RIS one line per field, the whole id, PY and DA on every record, ER closing each", () => {
    const long = { ...section.items[1], id: "kb-a-char-institutional-support-government", URL: "https://kb.example.org/kb/elements/a-char-institutional-support-government/", title: "论文A组成部分：系统集成高效的政府组织体系" } as (typeof section.items)[number];
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
    const conference = { id: "bib-warrol-2015", type: "paper-conference" as const, title: "Manufacturing Research, Innovation, and PhD Education on a National Level - Produktion2030, a Swedish Example", author: [{ family: "Warrol", given: "C" }], "container-title": "APMS 2015, Part II", page: "101-109", issued: { "date-parts": [[2015]] } };
    const lines = toRis([conference]).replace(/\n$/, "").split("\n");
    expect(lines.every((l) => /^[A-Z][A-Z0-9]  - \S/.test(l) || l === "ER  - ")).toBe(true);
    expect(lines).toEqual(expect.arrayContaining(["TY  - CONF", "PY  - 2015", "C3  - APMS 2015, Part II", "SP  - 101", "EP  - 109"]));
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

describe("locators", () => {
  const trail = B_3_2_1.locator?.trail ?? [];
  it.each([
    [trail, undefined, "三（二）1. 构成要素与核心指标"],
    [trail.slice(0, 1), undefined, "三、新型举国体制的技术实验—扩散模式"],
    [[{ number: "二", heading: "x" }, { number: "(一)", heading: "传统举国体制形成阶段(1949-1977)" }], "传统举国体制形成阶段（1949-1977）", "二(一)传统举国体制形成阶段（1949-1977）"],
    [[{ number: "摘要", heading: "摘要" }], undefined, "摘要"],
  ])("sectionLabel(%j, %s) = %s", (t, title, expected) => {
    expect(sectionLabel(t, title)).toBe(expected);
  });
  it("writes a locator as one line, with page and footnote", () => {
    expect(locatorText("论文B", { trail, page: 45, footnote: "a" })).toBe("论文B › 三、新型举国体制的技术实验—扩散模式 › （二）新型举国体制的技术实验—扩散模型 › 1. 构成要素与核心指标 · 第45页 · 脚注a");
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
