/**
 * A small knowledge base for the tests of src/data/: both papers, a few sections of each, the three
 * stages with one 表1 row, elements with parts, a citation, a crosswalk covering every element and stage, two concepts, one work.
 * Written as content/ would have it (schema input), so the site's schemas parse it.
 */
import type { Fixtures } from "./test-utils.ts";

const STAGES = [
  ["stage-traditional", 1, "传统举国体制形成阶段", "1949—1977年", "传统举国体制"],
  ["stage-transition", 2, "举国体制转型过渡阶段", "1978—2014年", "转型过渡阶段的举国体制"],
  ["stage-new", 3, "新型举国体制建构阶段", "2015年至今", "新型举国体制"],
] as const;
/** English titles in the canonical terminology (the build's terminology check runs over the fixtures too). */
const STAGE_EN: Record<(typeof STAGES)[number][0], string> = {
  "stage-traditional": "Formation of the traditional whole-nation system",
  "stage-transition": "Transition of the whole-nation system",
  "stage-new": "Construction of the new whole-nation system",
};

export const FIXTURES: Fixtures = {
  papers: [
    {
      id: "paper-a",
      data: {
        titleZh: "论文A（题名未知）",
        titleEn: "Paper A (title unknown)",
        labelZh: "论文A",
        labelEn: "Paper A",
        unknowns: {
          title: "无题名页",
          titleEn: "无英文题名",
          authors: "无作者",
          affiliation: "无单位",
          journal: "转载本",
          year: "转载本",
          issue: "转载本",
          pages: "无页码",
          keywords: "无关键词",
        },
        reprint: { nameZh: "复印报刊资料《中国政治》", year: 2022, issue: "2", column: "【理论探讨】" },
        sourceFile: "paper-a.txt",
        sourceNoteZh: "转载本正文。",
        language: "zh-CN",
        updated: "2026-11-23",
      },
    },
    {
      id: "paper-b",
      data: {
        titleZh: "构建以技术社会实验为导向的新型举国体制",
        titleEn: "The Construction of a New National System Oriented by Technological Social Experiments",
        titleEnSource: "paper",
        labelZh: "论文B",
        labelEn: "Paper B",
        titleQuote: "构建以技术社会实验为导向的新型举国体制",
        titleEnQuote: "The Construction of a New National System Oriented by Technological Social Experiments",
        authors: [
          { nameZh: "张正清", familyZh: "张", givenZh: "正清" },
          { nameZh: "王娜", familyZh: "王", givenZh: "娜" },
        ],
        affiliationQuote: "School of Marxism, Beihang University",
        journalName: "云南社会科学",
        journalNameSource: "external-index",
        year: 2022,
        issue: "4",
        unknowns: { pages: "只有第45页" },
        keywords: ["新型举国体制"],
        keywordsSource: "external-index",
        sourceFile: "paper-b.txt",
        sourceNoteZh: "全文。",
        language: "zh-CN",
        updated: "2026-11-23",
      },
    },
  ],
  sections: [
    {
      id: "a-2",
      data: {
        titleZh: "举国体制的历史演变",
        titleEn: "History of the whole-nation system",
        paper: "paper-a",
        number: "二",
        headingQuote: "举国体制的历史演变及其比较分析",
        order: 2,
      },
    },
    {
      id: "a-2-4",
      data: {
        titleZh: "比较分析",
        titleEn: "Comparison",
        paper: "paper-a",
        parent: "a-2",
        number: "(四)",
        headingQuote: "历史视野中的举国体制比较分析",
        order: 4,
      },
    },
    { id: "a-4", data: { titleZh: "模式构建", titleEn: "Model", paper: "paper-a", number: "四", headingQuote: "新型举国体制的模式构建", order: 4 } },
    {
      id: "b-3",
      data: { titleZh: "技术实验—扩散模式", titleEn: "The model", paper: "paper-b", number: "三", headingQuote: "新型举国体制的技术实验—扩散模式", order: 3 },
    },
    {
      id: "b-3-2",
      data: {
        titleZh: "技术实验—扩散模型",
        titleEn: "The model's parts",
        paper: "paper-b",
        parent: "b-3",
        number: "（二）",
        headingQuote: "新型举国体制的技术实验—扩散模型",
        order: 2,
      },
    },
    {
      id: "b-3-2-1",
      data: {
        titleZh: "构成要素与核心指标",
        titleEn: "Elements and indicators",
        paper: "paper-b",
        parent: "b-3-2",
        number: "1.",
        headingQuote: "构成要素与核心指标",
        order: 1,
        page: 45,
      },
      headings: [
        { depth: 2, slug: "elements", text: "四个构成要素" },
        { depth: 3, slug: "actors", text: "行动者" },
        { depth: 4, slug: "deep", text: "不进目录" },
      ],
    },
    { id: "b-3-2-2", data: { titleZh: "运行体系", titleEn: "Systems", paper: "paper-b", parent: "b-3-2", number: "2.", headingQuote: "运行体系", order: 2 } },
  ],
  stages: STAGES.map(([id, order, titleZh, period, column]) => ({
    id,
    data: {
      titleZh,
      titleEn: STAGE_EN[id],
      stage: id,
      order,
      period: { start: 1949, end: null, labelQuote: period },
      headingQuote: titleZh,
      columnQuote: column,
      mainTaskZh: `${titleZh}的任务`,
      locator: { paper: "paper-a", section: "a-2-4" },
      concepts: id === "stage-new" ? ["xinxing-juguo-tizhi"] : [],
    },
  })),
  dimensions: [
    {
      id: "dim-goal",
      data: {
        titleZh: "目标定位",
        titleEn: "Goal",
        order: 1,
        labelQuote: "目标定位",
        group: "时代特征",
        cells: { "stage-traditional": { quote: "赶超" }, "stage-transition": { quote: "追赶" }, "stage-new": { quote: "引领" } },
        noteZh: "目标逐阶段变化。",
        locator: { paper: "paper-a", section: "a-2-4" },
      },
    },
  ],
  elements: [
    {
      id: "a-layer-operation",
      data: { titleZh: "运行机制层面", titleEn: "Operation", definitionZh: "定义。", kind: "layer", order: 3, locator: { paper: "paper-a", section: "a-4" } },
    },
    {
      id: "a-mech-project",
      data: {
        titleZh: "精细高效的项目运行机制",
        titleEn: "A precise and efficient project mechanism",
        definitionZh: "论文A的第二个运行机制。",
        kind: "mechanism",
        order: 2,
        parent: "a-layer-operation",
        locator: { paper: "paper-a", section: "a-4", note: "第二个机制" },
        cites: ["bib-yin-zhongyong-2017"],
        concepts: ["xinxing-juguo-tizhi"],
      },
      headings: [{ depth: 2, slug: "history", text: "历史与名称" }],
    },
    {
      id: "a-mech-project-quality",
      data: {
        titleZh: "质量监控",
        titleEn: "Quality monitoring",
        definitionZh: "定义。",
        kind: "part",
        order: 3,
        parent: "a-mech-project",
        locator: { paper: "paper-a", section: "a-4" },
      },
    },
    {
      id: "a-mech-project-bidding",
      data: {
        titleZh: "决策招标",
        titleEn: "Decision and tendering",
        definitionZh: "定义。",
        kind: "part",
        order: 1,
        parent: "a-mech-project",
        locator: { paper: "paper-a", section: "a-4" },
      },
    },
    {
      id: "b-system-implementation",
      data: {
        titleZh: "实施体系",
        titleEn: "Implementation system",
        definitionZh: "定义。",
        kind: "system",
        order: 3,
        locator: { paper: "paper-b", section: "b-3-2-2" },
      },
    },
    {
      id: "b-system-evaluation",
      data: {
        titleZh: "评价体系",
        titleEn: "Evaluation system",
        definitionZh: "定义。",
        kind: "system",
        order: 2,
        locator: { paper: "paper-b", section: "b-3-2-2" },
      },
    },
    {
      id: "b-ind-resource-allocation",
      data: {
        titleZh: "资源配置目标",
        titleEn: "Resource allocation",
        definitionZh: "定义。",
        kind: "indicator",
        order: 1,
        locator: { paper: "paper-b", section: "b-3-2-1", page: 45, footnote: "a" },
      },
    },
  ],
  crosswalk: [
    { id: "cw-project-implementation", data: { a: "a-mech-project", b: "b-system-implementation", type: "overlaps", reasonZh: "理由一。" } },
    { id: "cw-project-evaluation", data: { a: "a-mech-project", b: "b-system-evaluation", type: "contrasts", reasonZh: "理由二。" } },
    ...["stage-traditional", "stage-transition", "stage-new", "a-layer-operation", "a-mech-project-quality", "a-mech-project-bidding"].map((a) => ({
      id: `cw-${a}-none`,
      data: { a, type: "none", reasonZh: "论文B没有。" },
    })),
    {
      id: "cw-resource-none",
      data: { b: "b-ind-resource-allocation", type: "none", reasonZh: "论文A没有。", aAt: { paper: "paper-a", section: "a-4" } },
    },
  ],
  concepts: [
    {
      id: "xinxing-juguo-tizhi",
      data: {
        titleZh: "新型举国体制",
        titleEn: "New whole-nation system",
        aliasesZh: ["科技创新新型举国体制"],
        definitionZh: "两篇论文的共同对象。",
        views: {
          "paper-a": {
            discussed: true,
            summaryZh: "论文A的界定。",
            quote: "以关键核心技术攻关为主要任务",
            locators: [{ paper: "paper-a", section: "a-2-4", note: "综合界定" }],
          },
          "paper-b": { discussed: false },
        },
        related: ["juguo-tizhi"],
      },
    },
    {
      id: "juguo-tizhi",
      data: {
        titleZh: "举国体制",
        titleEn: "Whole-nation system",
        definitionZh: "新型举国体制的上位概念。",
        views: {
          "paper-a": { discussed: true, summaryZh: "论文A所说。", locators: [{ paper: "paper-a", section: "a-2" }] },
          "paper-b": { discussed: true, summaryZh: "论文B所说。", locators: [{ paper: "paper-b", section: "b-3" }] },
        },
      },
    },
  ],
  bibliography: [
    {
      id: "bib-yin-zhongyong-2017",
      data: {
        type: "article-journal",
        authors: [{ family: "殷", given: "忠勇" }],
        title: "论科技创新新型举国体制的构建",
        container: "人民论坛•学术前沿",
        year: 2017,
        issue: "13",
        language: "zh-CN",
        citedIn: [{ paper: "paper-b", section: "b-3" }],
      },
    },
  ],
  pages: [
    {
      id: "about-table-1",
      data: { titleZh: "表1 不同阶段的举国体制比较", titleEn: "Table 1. The whole-nation system compared across stages", descriptionZh: "表1。" },
    },
  ],
};
