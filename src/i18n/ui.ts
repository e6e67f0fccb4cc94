/** Strings of the search UI (a separate export so the search script bundles only these). */
export const SEARCH_UI = {
  label: "搜索知识库",
  pageLabel: "搜索页搜索框",
  goToSearch: "打开搜索页",
  placeholder: "搜索：如 举国体制、关键核心技术",
  submit: "搜索",
  shortcutHint: "按 / 键聚焦搜索",
  noJs: "站内搜索需要启用 JavaScript。不启用时，可以从导航与各页面的链接阅读全部内容。",
  loading: "正在搜索……",
  empty: "请输入要搜索的词语。",
  noResults: "没有找到与“{q}”相关的内容。",
  resultCount: "找到 {n} 个页面",
  error: "搜索索引加载失败。",
} as const;

/** Every UI string of the site, in one place (Chinese first; English where the reader needs it). */
export const UI = {
  skipToContent: "跳到正文",
  nav: {
    label: "主导航",
    home: "首页",
    paperA: "论文A",
    paperB: "论文B",
    table1: "表1",
    stages: "三个阶段",
    concepts: "概念",
    compare: "比较",
    timeline: "时间线",
    references: "参考文献",
    search: "搜索",
  },
  search: SEARCH_UI,
  theme: {
    toggle: "切换深浅主题",
    short: "深浅",
    light: "浅色",
    dark: "深色",
  },
  breadcrumbs: "面包屑导航",
  toc: "本页目录",
  source: "出处",
  locator: "原文位置",
  page: "第{n}页",
  footnote: "脚注{n}",
  unknown: "未知",
  unknownPrefix: "未知：",
  externalIndex: "据公开论文索引，非论文文本所示",
  siteRendering: "英文译名为本站所拟",
  paperRendering: "英文题名为论文原有",
  reconstruction: "本站重构",
  updated: "内容更新于",
  prev: "上一阶段",
  next: "下一阶段",
  table: {
    dimension: "维度",
    group: "分组",
    changes: "随阶段变化",
    constant: "三阶段相同",
    constantLegend: "标记“三阶段相同”的行在三个阶段中文字完全一致（论文所说的“不变”）。",
    column: "本阶段在表1中的一列",
    otherStages: "其他阶段",
  },
  paper: {
    metadata: "论文信息",
    title: "题名",
    titleEn: "英文题名",
    authors: "作者",
    affiliation: "作者单位",
    journal: "期刊",
    issue: "年期",
    reprint: "转载",
    pages: "页码",
    keywords: "关键词",
    sourceText: "所据文本",
    summary: "概述（本站撰写）",
    outline: "论文结构",
  },
  section: {
    subsections: "本节各小节",
    elements: "本节涉及的模型要素",
    parent: "所属章节",
  },
  element: {
    parts: "组成部分",
    counterparts: "另一篇论文中的对应要素",
    correspondsTo: "对应阶段",
    cites: "论文所引文献",
    kind: "要素类型",
  },
  conceptsIndex: {
    description: "两篇论文使用的主要概念，每个概念并列两篇论文的论述。",
  },
  compare: {
    description: "两篇论文在定义、分期、资源配置、行动者、分析框架与共同文献等方面的异同。",
  },
  concept: {
    related: "相关概念",
    notDiscussed: "本文未论及这一概念。",
    views: "两篇论文的论述",
    mentionedIn: "提及本概念的页面",
  },
  diagram: {
    textAlternative: "图的文字说明",
  },
  footer: {
    about: "本站依据两篇2022年论文的文本撰写；每一条内容均标注其在原文中的位置。",
    license: "许可",
  },
  timeline: {
    description: "两篇论文提到的政策文件与事件，按时间排列，并注明各由哪篇论文在何处提及。",
    mentionedIn: "提及之处",
  },
  references: {
    description: "两篇论文引用的文献，逐条注明引用它的论文与章节。",
    citedIn: "引用之处",
  },
  matrix: {
    title: "论文B 核心指标矩阵",
    titleEn: "Paper B: the core-indicator matrix",
    description: "论文B技术实验—扩散模型的五个核心指标，按行动者与体系逐格说明，未说明的格子如实标出。",
    indicator: "核心指标",
    notSpecified: "论文未说明",
  },
  notFound: {
    title: "页面不存在",
  },
} as const;

/** Fill `{name}` placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
