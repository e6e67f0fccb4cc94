/** Citation inputs shared by the citation and formatter tests. */
import type { CitationInput, PaperFacts } from "../../../src/lib/cite/citations.ts";

// The papers as content/papers/*.mdx describe them (Paper A: title, authors and journal unknown).
export const PAPER_B: PaperFacts = {
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
export const PAPER_A: PaperFacts = {
  id: "paper-a",
  labelZh: "论文A",
  reprint: { nameZh: "复印报刊资料《中国政治》", year: 2022, issue: "2", column: "【理论探讨】" },
  language: "zh-CN",
};
export const SITE = "新型举国体制比较知识库";
export const ROOT = "https://kb.example.org/kb/";
export const UPDATED = { date: "2026-11-23", source: "front-matter" } as const;
export const ACCESSED = "2026-11-24";

export const B_3_2_1: CitationInput = {
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
export const DIMENSION: CitationInput = {
  id: "dim-resource-allocation",
  kind: "dimension",
  pageTitle: "论文A表1维度：资源配置",
  url: `${ROOT}table-1/#dim-resource-allocation`,
  updated: UPDATED,
  paper: PAPER_A,
  locator: {
    trail: [
      { number: "二", heading: "举国体制的历史演变及其比较分析" },
      { number: "(四)", heading: "历史视野中的举国体制比较分析" },
    ],
    note: "表1前正文",
  },
};
export const PAPER: CitationInput = {
  id: "paper-b",
  kind: "paper",
  pageTitle: "论文B：构建以技术社会实验为导向的新型举国体制",
  url: `${ROOT}paper-b/`,
  updated: UPDATED,
  paper: PAPER_B,
};
export const ON_PAGE_45: CitationInput = {
  ...B_3_2_1,
  id: "b-ind-resource-allocation",
  kind: "element",
  pageTitle: "论文B核心指标：资源配置目标",
  url: `${ROOT}elements/b-ind-resource-allocation/`,
  locator: { trail: B_3_2_1.locator?.trail ?? [], page: 45 },
};
