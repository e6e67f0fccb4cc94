import { describe, expect, it } from "vitest";
import { citeUnit, locatorText, paperItem, reprintText, sectionLabel, type UnitCitations } from "../../../src/lib/cite/citations.ts";
import { toBibtex, toCslJson, toRis } from "../../../src/lib/cite/cite-format.ts";
import { PAPER_A, SITE, ACCESSED, B_3_2_1, DIMENSION, PAPER, ON_PAGE_45 } from "./fixtures.ts";

const text = (c: UnitCitations, target: string, style: string) =>
  c.blocks.find((b) => b.target === target)?.formats.find((f) => f.style === style)?.formatted.text;

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
    apaPaper:
      "张正清, & 王娜. (2022). 构建以技术社会实验为导向的新型举国体制 [The Construction of a New National System Oriented by Technological Social Experiments]. 云南社会科学, 4.",
    apaSite: "新型举国体制比较知识库. (2026, November 23). 论文B：构建以技术社会实验为导向的新型举国体制. https://kb.example.org/kb/paper-b/",
  },
  {
    name: "a Paper B section (b-3-2-1)",
    input: B_3_2_1,
    gbtPaper: "张正清, 王娜. 构建以技术社会实验为导向的新型举国体制[J]. 云南社会科学, 2022(4).",
    gbtSite: "新型举国体制比较知识库. 论文B 三（二）1. 构成要素与核心指标[EB/OL]. (2026-11-23)[2026-11-24]. https://kb.example.org/kb/paper-b/b-3-2-1/.",
    apaPaper:
      "张正清, & 王娜. (2022). 构建以技术社会实验为导向的新型举国体制 [The Construction of a New National System Oriented by Technological Social Experiments]. 云南社会科学, 4.",
    apaSite: "新型举国体制比较知识库. (2026, November 23). 论文B 三（二）1. 构成要素与核心指标. https://kb.example.org/kb/paper-b/b-3-2-1/",
  },
  {
    name: "a Paper B unit on the printed page 45",
    input: ON_PAGE_45,
    gbtPaper: "张正清, 王娜. 构建以技术社会实验为导向的新型举国体制[J]. 云南社会科学, 2022(4): 45.",
    gbtSite:
      "新型举国体制比较知识库. 论文B核心指标：资源配置目标[EB/OL]. (2026-11-23)[2026-11-24]. https://kb.example.org/kb/elements/b-ind-resource-allocation/.",
    apaPaper:
      "张正清, & 王娜. (2022). 构建以技术社会实验为导向的新型举国体制 [The Construction of a New National System Oriented by Technological Social Experiments]. 云南社会科学, 4.",
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
    expect(text(citeUnit(PAPER, ACCESSED, SITE), "paper", "chicago")).toBe(
      "张正清, and 王娜. 2022. “构建以技术社会实验为导向的新型举国体制.” 云南社会科学, no. 4.",
    );
  });
});

describe("locators", () => {
  const trail = B_3_2_1.locator?.trail ?? [];
  it.each([
    [trail, undefined, "三（二）1. 构成要素与核心指标"],
    [trail.slice(0, 1), undefined, "三、新型举国体制的技术实验—扩散模式"],
    [
      [
        { number: "二", heading: "x" },
        { number: "(一)", heading: "传统举国体制形成阶段(1949-1977)" },
      ],
      "传统举国体制形成阶段（1949-1977）",
      "二(一)传统举国体制形成阶段（1949-1977）",
    ],
    [[{ number: "摘要", heading: "摘要" }], undefined, "摘要"],
  ])("sectionLabel(%j, %s) = %s", (t, title, expected) => {
    expect(sectionLabel(t, title)).toBe(expected);
  });
  it("writes a locator as one line, with page and footnote", () => {
    expect(locatorText("论文B", { trail, page: 45, footnote: "a" })).toBe(
      "论文B › 三、新型举国体制的技术实验—扩散模式 › （二）新型举国体制的技术实验—扩散模型 › 1. 构成要素与核心指标 · 第45页 · 脚注a",
    );
  });
});

describe("the site's edition in every citation of a site page", () => {
  const cited = citeUnit({ ...B_3_2_1, edition: "2026-11-28" }, ACCESSED, SITE);
  it.each(["gbt", "apa", "chicago"] as const)("%s names the edition after the page's title", (style) => {
    expect(text(cited, "site", style)).toContain("构成要素与核心指标（2026-11-28版）");
    expect(text(cited, "site", style)?.match(/2026-11-28版/g)).toHaveLength(1);
  });
  it("carries it in BibTeX (title, version), RIS (TI, ET) and CSL-JSON (version), and leaves the paper's own citation alone", () => {
    const bib = toBibtex(cited.items);
    expect(bib).toContain("title = {论文{B} 三（二）1. 构成要素与核心指标（2026-11-28版）}");
    expect(bib).toContain("version = {2026-11-28}");
    const ris = toRis(cited.items);
    expect(ris).toContain("TI  - 论文B 三（二）1. 构成要素与核心指标（2026-11-28版）");
    expect(ris).toContain("ET  - 2026-11-28");
    expect((JSON.parse(toCslJson(cited.items)) as unknown[])[1]).toMatchObject({ version: "2026-11-28" });
    expect(text(cited, "paper", "gbt")).not.toContain("2026-11-28");
    expect(bib.split("@online")[0]).not.toContain("2026-11-28");
  });
});
