import { KIND_CHOICE_LABELS_ZH, UNIT_KIND_LABELS_ZH } from "./kinds.ts";
import { CITE_UI_EN, PAPER_LABELS_EN, PREVIEW_UI_EN, SEARCH_UI_EN, UI_EN } from "./ui.en.ts";

/** The papers' short labels, as navigation, search results and filters name them. */
const PAPER_LABELS_ZH = { "paper-a": "论文A", "paper-b": "论文B" } as const;

/** Strings of the search UI (a separate export so the search script bundles only these). */
const SEARCH_UI_ZH = {
  label: "搜索知识库",
  pageLabel: "搜索页搜索框",
  goToSearch: "打开搜索页",
  placeholder: "搜索：如 举国体制、关键核心技术",
  submit: "搜索",
  shortcutHint: "按 / 键聚焦搜索",
  help: "可以输入中文词语（简体或繁体）、英文名称或条目编号；用引号搜索完整短语，如“集中力量办大事”。",
  noJs: "站内搜索需要启用 JavaScript。不启用时，可以从导航与各页面的链接阅读全部内容。",
  loading: "正在搜索……",
  empty: "请输入要搜索的词语。",
  noResults: "没有找到与“{q}”相关的内容。",
  resultCount: "找到 {n} 个页面。",
  resultCountAbout: "找到约 {n} 个页面。",
  converted: "已按简体“{s}”搜索。",
  /**
   * On an English search page, for a query with Chinese characters: the English edition's index holds its English
   * text, so the same search is offered in the Chinese edition (a link; not shown in the Chinese edition).
   */
  otherEdition: "在中文版中搜索“{q}”",
  error: "搜索索引加载失败。",
  suggestions: "可以看看这些相近的词条：",
  more: "显示更多结果",
  results: "搜索结果",
  sections: "相关小节",
  exact: "词条",
  filters: "筛选",
  /** The filters' summary line when no paper is chosen (phones show the filters folded under it). */
  paperSummaryAll: "全部论文",
  /** How the paper filter counts pages both papers share (see src/lib/search/mentions.ts). */
  paperNote: "按论文筛选时，两篇论文共有的页面（如两篇都论及的概念、比较页、时间线）只在属于该论文的部分提到所搜词语时计入。",
  paperLegend: "论文",
  kindLabel: "类型",
  count: "（{n}）",
  paperChoices: { all: "全部", a: PAPER_LABELS_ZH["paper-a"], b: PAPER_LABELS_ZH["paper-b"], both: "两篇共有" },
  /** Labels of the kind choices (derived from the kind labels). */
  kindChoices: KIND_CHOICE_LABELS_ZH,
  papers: PAPER_LABELS_ZH,
} as const;

/** Every UI string of the site, in one place (Chinese first; English where the reader needs it). */
const UI_ZH = {
  skipToContent: "跳到正文",
  /** Punctuation the templates put between parts (Chinese full-width; the English edition's are ASCII). */
  punct: { colon: "：", semicolon: "；", listSeparator: "、", openParen: "（", closeParen: "）", bracketOpen: "〔", bracketClose: "〕" },
  /** A stage page's description: its title, period and main task. */
  stagePage: { description: "{title}（{period}）：{task}" },
  /** The two editions: the switch in the header, and the English edition's notes on its translations. */
  edition: {
    switch: "English",
    /** The accessible name of the switch. */
    switchLabel: "本页的英文版",
    /** On an English page whose Chinese has changed since it was translated (not shown in the Chinese edition). */
    stale: "本页的中文原文在翻译之后有改动。",
    readOriginal: "阅读中文原文",
    /** After a quotation on an English page: the site's translation of it. */
    quoteTranslation: "（本站译文：{en}）",
    /** Beside a kept Chinese field on an English page (a 表1 cell, a title). */
    rendering: "本站译文",
  },
  nav: {
    label: "主导航",
    home: "首页",
    paperA: PAPER_LABELS_ZH["paper-a"],
    paperB: PAPER_LABELS_ZH["paper-b"],
    table1: "表1",
    stages: "三个阶段",
    concepts: "概念",
    compare: "比较",
    timeline: "时间线",
    references: "参考文献",
    glossary: "术语表",
    search: "搜索",
    /** The button that opens the sections on a phone. */
    menu: "菜单",
    backToTop: "回到顶部",
  },
  search: SEARCH_UI_ZH,
  theme: {
    toggle: "切换深浅主题",
    short: "深浅",
    light: "浅色",
    dark: "深色",
  },
  breadcrumbs: "面包屑导航",
  toc: "本页目录",
  /** After 本页目录 on the collapsed table of contents: how many headings it lists. */
  tocCount: "{n}项",
  source: "出处",
  locator: "原文位置",
  page: "第{n}页",
  footnote: "脚注{n}",
  unknown: "未知",
  unknownPrefix: "未知：",
  externalIndex: "据公开论文索引，非论文文本所示",
  siteRendering: "英文译名为本站所拟",
  paperRendering: "英文为论文B原有",
  /** Where a term's canonical English comes from (glossary, concept pages). */
  enSource: {
    label: "英文名",
    paper: "取自论文B",
    site: "本站译名",
    /** Paper B's own rendering, where the site departs from it: "论文B英文摘要作 …". */
    paperWhere: { title: "论文B英文题名作", abstract: "论文B英文摘要作", text: "论文B正文作" },
  },
  reconstruction: "本站重构",
  /** Label of an aside that holds the site's own remark or inference (`<SiteNote>` in MDX). */
  siteNote: "本站注",
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
    samePair: "两阶段相同",
    pairs: "两两对照",
    pairTitle: "表1对照：{a}与{b}",
    /** English caption of a pair table (the site's rendering; the stages by id). */
    pairTitleEn: "Table 1: {a} / {b}",
    pairDescription: "逐字照录论文A表1中{a}与{b}两列，标出两阶段相同的行。",
    fullTable: "完整的表1（三个阶段）",
    downloads: "下载数据",
    csv: "CSV（表格软件）",
    json: "JSON（程序）",
    dataNote: "数据文件逐字照录论文A表1的三十个单元格；分组标签的行范围为本站推断。本站整理的数据以 CC BY 4.0 许可发布，使用时请同时引用论文A与本站。",
    otherStages: "其他阶段",
  },
  paper: {
    /** Year and issue of a journal: 2022年第4期. */
    issueValue: "{year}年第{issue}期",
    /** A journal's name as the metadata shows it. */
    journalValue: "《{name}》",
    metadata: "论文信息",
    title: "题名",
    titleEn: "英文题名",
    authors: "作者",
    affiliation: "作者单位",
    journal: "期刊",
    issue: "原发年期",
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
    /** The pager under a section: reading the paper on in document order. */
    pager: "按原文顺序阅读",
    prev: "上一节",
    next: "下一节",
    up: "上一级",
    upPaper: "回到论文概览",
  },
  element: {
    parts: "组成部分",
    correspondsTo: "对应阶段",
    cites: "论文所引文献",
    kind: "要素类型",
    /** The element's group: its parent and its siblings. */
    group: "同组要素",
    up: "所属",
    current: "（本页）",
    /** Before the counterparts, near the top: "论文A中的对应要素". */
    counterpartsIn: "{paper}中的对应要素",
    /** After the counterparts label: whose judgement the types are, and where the whole crosswalk is. */
    counterpartsNote: "类型与理由是本站的判断，见",
    counterpartsWhy: "类型与理由（本站判断）",
    /** When the element has no counterpart in the other paper. */
    noCounterpart: "{paper}中没有对应要素",
    mentionedIn: "提及本要素的页面",
    /** Before the list: what counts as a mention (a <Ref> link in a page's text) and what each line shows. */
    mentionedHint: "本站各页正文中链接到本要素之处（对应要素见上文）。每条列出原句，链接直达该处所在的小节。",
  },
  crosswalk: {
    title: "两个模型的对照表",
    description:
      "论文A的运行模式（三个阶段、五个时代特征、三个层面与四个机制、政产学研用）与论文B的技术实验—扩散模型（阶段、构成要素、行动者、运行体系、核心指标、困境等）逐项对照：每一对标明类型、理由与两边的出处。",
    judgement: "类型与理由都是本站的判断，不是论文的原话。一方有而另一方没有的要素也列出来，标为“无对应”。",
    counts: "共{total}条：",
    colA: "论文A",
    colType: "类型",
    colB: "论文B",
    colReason: "理由（本站）",
    colWhere: "出处",
    onlyB: "只见于论文B",
    stages: "论文A · 三个阶段",
    nearest: "{paper}最接近之处",
    none: "—",
    diagram: "对照图",
    /** Under the diagram heading: what the lines mean. */
    legend: "每一行左边是论文A模式的一个部分，右边是论文B中与之对照的部分。实线：部分重合；虚线：取向相异；粗线：两种都有。",
    /** The link from /compare/ to the crosswalk page. */
    link: "逐项对照两个模型的要素",
    /** A group of rows under one part of Paper A's model: "论文A · 特征一：…". */
    group: "论文A · {title}",
    /** The parts of the crosswalk, each on its own page (/compare/crosswalk/<part>/), by the structure of Paper A's model. */
    parts: {
      stages: "论文A的三个阶段",
      "characteristics-1-3": "论文A的时代特征（一至三）",
      "characteristics-4-5": "论文A的时代特征（四、五）",
      "values-organisation": "论文A运行模式的价值理念与组织体制层面",
      operation: "论文A运行模式的运行机制层面",
      "only-b": "只见于论文B的要素",
    },
    partsHeading: "各部分",
    /** The diagram's own page (/compare/crosswalk/diagram/), and the line on the hub that leads to it. */
    diagramTitle: "两个模型的对照图",
    diagramNote: "以一张图概览两个模型各部分之间的对照关系。",
    /** The diagram page's description, also its first paragraph. */
    diagramDescription: "两个模型各部分之间的对照关系，一图概览；连线所示的关系是本站的判断。",
    partsNote: "对照表按论文A模型的结构分页，只见于论文B的要素另成一页。",
    /** A part's entry count on the hub: "26条". */
    partCount: "{n}条",
    partDescription: "两个模型的对照表中“{part}”部分：每一对标明类型、理由与两边的出处。",
    /** The pager of a part's page. */
    pager: "对照表的各部分",
    partsUp: "对照表总览",
    prev: "上一部分",
    next: "下一部分",
  },
  conceptsIndex: {
    description: "两篇论文使用的主要概念，每个概念并列两篇论文的论述。",
    all: "全部概念",
  },
  compare: {
    description: "两篇论文在定义、分期、资源配置、行动者、分析框架与共同文献等方面的异同。",
    /** The main differences at the top of the page. */
    main: {
      heading: "主要分歧",
      note: "本站的归纳：理解两篇论文最要紧的几处不同。每条链接到展开它的比较论断。",
      /** A link to a claim: the axis's short name and the claim's number. */
      claim: "{axis}·论断{n}",
    },
    /** The downloads of the whole comparison. */
    downloads: {
      heading: "下载比较数据",
      description:
        "全部比较论断（{claims} 条，{axes} 个维度）可下载为 CSV 或 JSON：每行一条论断，列出维度、论断编号、本站判断、论断文字、论文A与论文B的出处（章节编号与说明）和论断的网址。判断与文字是本站的，不是论文原文。",
      csv: "CSV（UTF-8，逗号分隔）",
      json: "JSON",
    },
    /** An axis's own page (/compare/actors/). */
    aspect: {
      description: "两篇论文在“{aspect}”上的异同：本站的详细论述与逐条比较论断，每条论断附两篇论文的出处。",
      claims: "比较论断",
      claimsNote: "每条论断是本站的归纳，标明本站判断（一致、分歧，或某篇论文未涉及），并列出两篇论文的出处。",
      row: "在比较矩阵中查看这一维度",
      pager: "比较维度",
      prev: "上一维度",
      next: "下一维度",
    },
    /** The search-in-page box of the matrix. */
    find: "查找",
    findPlaceholder: "词语，如 参与者",
    /** The fold that holds a claim's locators: "出处（3）". */
    sources: "出处（{n}）",
    /** The comparison matrix at the top of the page. */
    matrix: {
      heading: "比较矩阵",
      caption: "两篇论文在各比较维度上的主张与本站判断",
      aspect: "比较维度",
      verdict: "本站判断",
      verdictNote: "“本站判断”一栏是本站对各条比较论断的归类（一致、分歧，或某篇论文未涉及），并非两篇论文自己的说法；数字为该类论断的条数。",
      claims: "全部论断",
      filters: "筛选",
      byKind: "判断",
      byAspect: "维度",
      all: "全部",
      shown: "显示 {n} / {total} 个维度",
      reset: "清除筛选",
      /** The claims of a row that hold the word searched for (found by the search-in-page). */
      hits: "含此词的论断",
    },
  },
  concept: {
    /** A concept page's description: its Chinese and English names. */
    description: "{zh}（{en}）：两篇论文的论述对照",
    related: "相关概念",
    notDiscussed: "本文未论及这一概念。",
    views: "两篇论文的论述",
    mentionedIn: "提及本概念的页面",
    /** The group of mentions on pages of neither paper (comparisons, other concepts, the timeline). */
    mentionedElsewhere: "本站比较与综合",
    /** The control that unfolds the rest of a group's mentions. */
    mentionedMore: "另有{n}处",
    /** Before the list: what each line shows. */
    mentionedHint: "每条列出提及处的原句，链接直达该处所在的小节。",
  },
  diagram: {
    textAlternative: "图的文字说明",
    /** Shown under a diagram too wide for the screen, which then scrolls sideways. */
    scrollHint: "左右滑动查看全图",
    /** Opens a wide diagram at its natural size (in its scroll container). */
    fullSize: "查看原尺寸",
  },
  /** Link previews: what the build writes into each card (src/data/previews.ts). */
  preview: {
    paperSeparator: " · ",
    authorSeparator: "、",
    etAl: "等",
    /** A work's line on its card: authors, year, where published. */
    reference: "{authors}，{year}{where}。",
    referenceWhere: "，{where}",
    /** A comparison claim's titles, in each language (the card shows both). */
    claimZh: "{title}（论断{n}）",
    claimEn: "{title} (claim {n})",
  },
  footer: {
    more: "更多",
    howToCite: "如何引用",
    about: "本站依据两篇论文的文本撰写（论文B发表于2022年；论文A据2022年的转载本，原发年份不详）；每一条内容均标注其在原文中的位置。",
    license: "许可",
    /** The edition the reader is reading, linked to the changelog. */
    edition: "本站版本：{edition}",
    changelog: "更新记录",
    offline: "离线阅读",
    settings: "阅读设置",
  },
  /** The changelog page (/changelog/) and the revision dates on unit pages. */
  changelog: {
    title: "更新记录",
    titleEn: "Changelog",
    description: "本站内容的修订记录：各版本及每次修订改了什么、涉及哪些条目，按日期由新到旧排列。",
    intro:
      "本站按日期发布版本，引用本站页面时请注明所读的版本。下面按日期由新到旧列出每次修订改了什么。条目页上的首次发布与最近实质修订日期取自版本库历史；只改排版或错字的修订在这里标为细微修订，不计入最近实质修订。",
    editions: "版本",
    current: "当前版本",
    entries: "修订",
    siteWide: "全站",
    minor: "细微修订",
    units: "涉及条目：",
    editionOf: "见于版本 {edition}",
  },
  /** The reading settings page (src/pages/settings.astro): choices remembered on this device. */
  settings: {
    title: "阅读设置",
    description: "本站在这台设备上记住的阅读选择：链接预览的开关，以及离线阅读与深浅主题在哪里设置。",
    intro: "这里的选择只保存在这台设备的浏览器里，不发送到任何地方。",
    previews: "链接预览",
    theme: "深浅主题：用页首的“深浅”按钮切换（手机上在“菜单”里），选择会被记住。",
    offline: "离线阅读：把全站保存在这台设备上，断网时也能阅读与搜索。",
    offlineLink: "打开离线阅读页",
  },
  /** The offline page (src/pages/offline.astro) and the line a page read from the saved copy shows. */
  offline: {
    title: "离线阅读",
    description: "把本站中文版保存在这台设备的浏览器里，断网时也能阅读全部页面并使用搜索。",
    intro:
      "把本站中文版的全部页面、图表、下载文件和搜索索引保存在这台设备的浏览器里，断网时照常阅读和搜索。只有点击下面的按钮才会下载；不点击，本站不在设备上存放任何内容。",
    editions: "中文版和英文版分别保存：英文版请在英文版的本页保存。",
    updates: "保存之后，每次联网访问本站时，副本会自动更新改动过的文件。",
    unsupported: "保存离线副本需要启用 JavaScript，且浏览器支持 Service Worker。",
    notSaved: "这台设备上还没有本站中文版的离线副本。",
    saved: "已保存离线副本（{date}，{size} MB）。",
    save: "保存以离线阅读",
    update: "立即检查更新",
    remove: "删除离线副本",
    progress: "正在保存：{done} / {total} MB（{files} / {count} 个文件）",
    done: "保存完成：断网时可照常打开本站页面并搜索。",
    upToDate: "离线副本已是最新。",
    failed: "保存未完成（{error}）。请在联网时重试。",
    removed: "离线副本已删除。",
    /** Shown at the top of a page read from the saved copy; {date} is the date it was saved. */
    notice: "离线阅读：网络不可用，这是 {date} 保存在本设备上的副本。",
  },
  /** A paper's booklet: every section and element of the paper on one page, for print. */
  booklet: {
    title: "{paper}全篇导图",
    description: "{paper}的全部章节和模型要素，按原文顺序排在一页，可打印成册。",
    link: "全篇导图：全部章节和模型要素按原文顺序排在一页，可打印成册",
    intro:
      "本页按原文顺序排列{paper}的全部章节，每节之后是该节论及的模型要素。文字是本站对原文的概述和编码，不是原文；引文和原文位置与各条目页相同。打印时每一章另起一页，章节和要素的标题后附其网址。",
    contents: "目录",
    sectionElements: "本节的模型要素",
  },
  glossary: {
    title: "术语表",
    titleEn: "Glossary",
    description: "两篇论文的概念与模型术语，按汉语拼音排序，附英文译名；也可从英文名称查到中文术语。",
    intro:
      "收录本站全部概念与两篇论文模型中的术语，按汉语拼音排序（拼音由 pinyin-pro 生成）。每个术语附一行释义，为本站撰写，两篇论文用法不同处随文注明。每个术语全站只用一个英文译名，并注明来源：“取自论文B”为论文B英文题名、摘要或正文的译法，“本站译名”为本站所拟；与论文B译法不同时，并列论文B的原译。页末有按英文排序的索引。",
    term: "术语",
    initials: "拼音首字母",
    english: "英文索引",
  },
  timeline: {
    description: "两篇论文提到的政策文件与事件，按时间排列，并注明各由哪篇论文在何处提及。",
    mentionedIn: "提及之处",
    papers: "提及的论文",
  },
  references: {
    description: "两篇论文引用的文献，逐条注明引用它的论文与章节。",
    citedIn: "引用之处",
    shared: "两篇论文共同的来源",
    sharedNote:
      "下列文献既见于论文B的脚注，也在论文A的正文中被提及（论文A的脚注不在所据文本中，无法核对它引用的是否为同一篇）。两篇论文还引用了2006年科技规划纲要中的同一句话，见时间线。",
    sharedBadge: "两篇论文共同",
    all: "全部文献",
  },
  matrix: {
    title: "论文B 核心指标矩阵",
    titleEn: "Paper B: the core-indicator matrix",
    description: "论文B技术实验—扩散模型的五个核心指标，按行动者与体系逐格说明，未说明的格子如实标出。",
    indicator: "核心指标",
    notSpecified: "论文未说明",
    dataNote: "矩阵各格为本站对论文B的概括（附原文位置），“论文未说明”的格子如实留空。本站整理的数据以 CC BY 4.0 许可发布，使用时请同时引用论文B与本站。",
  },
  notFound: {
    title: "页面不存在",
  },
  /** The home page's "start here" block. */
  home: {
    start: "从这里开始",
    papers: "两篇论文各说了什么",
    siteSummary: "本站概括",
    readPaper: "读{label}的概览",
    titleUnknown: "题名与作者未知",
    reprint: "据{name}{year}年第{issue}期转载本",
    originalUnknown: "原发期刊与年份未知",
    issue: "{year}年第{issue}期",
    factSeparator: " · ",
    compare: "两篇论文的异同",
    agreements: "一致之处",
    differences: "分歧之处",
    seeAxis: "详见",
    allCompare: "逐条比较两篇论文",
    reading: "建议的阅读顺序",
  },
} as const;

/** Fill `{name}` placeholders in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Strings of the link-preview card and its switch (a separate export so the preview script bundles only these). */
const PREVIEW_UI_ZH = {
  /** The card's accessible name, before the unit's title. */
  label: "链接预览",
  /** The switch on the reading settings page (a switch: on or off). */
  toggle: "链接预览",
  on: "开",
  off: "关",
  /** The hint beside the switch: how to open a preview. */
  hint: "悬停或聚焦正文中的链接可预览其内容；手机上长按链接。",
  /** The card's button that turns previews off. */
  turnOff: "关闭链接预览",
  /** Said when previews are turned off from the card. */
  turnedOff: "链接预览已关闭，可在“阅读设置”页（页脚有链接）重新打开。",
};

/** Strings of the citation tools: permalinks, cite blocks, cite pages and their downloads. */
const CITE_UI_ZH = {
  permalink: "§",
  permalinkLabel: "固定链接：{title}（点击复制网址）",
  /** The § link's tooltip (its accessible name, above, names the unit; the tooltip need not repeat it on every row). */
  permalinkTitle: "固定链接（点击复制网址）",
  cite: "引用",
  /** The accessible name of a unit's "引用" link to its cite page. */
  citeThis: "引用：{title}",
  citeHint: "GB/T 7714 · APA · Chicago",
  copy: "复制",
  copyLabel: "复制{target}的 {style} 格式",
  copied: "已复制",
  copyFailed: "无法自动复制：文字已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制",
  updated: "最近实质修订",
  /** When a unit's page first appeared (from the repository history). */
  firstPublished: "首次发布",
  /** After the title of a site page in every citation: the edition read. */
  editionSuffix: "（{edition}版）",
  edition: "本站版本",
  updatedSource: {
    "front-matter": "本次生成没有版本库历史，取条目文件注明的更新日期",
    git: "据版本库历史，更新记录中标为细微的修订不计",
    build: "本次生成没有版本库历史（或文件尚未提交），取本站生成日期",
  },
  targets: {
    paper: "引用原文",
    work: "引用该文献",
    site: "引用本站页面",
  },
  targetNotes: {
    work: "据论文脚注著录，未与原刊核对。",
    site: "本站的概括与整理；引用论文的观点时请同时引用原文。",
  },
  locator: "原文位置",
  accessedNote: "方括号中的引用日期取您打开本页的日期；未启用 JavaScript 时显示本站生成日期，请改为实际访问日期。",
  paperUnknown:
    "{label}的题名与作者未知：所据文本是{reprint}的转载本，不含题名页。GB/T 7714 等格式以主要责任者和题名为必备项，本站因此不给出{label}原文的格式化著录。请据转载本核对题名与作者后引用原文，或引用下面的本站页面。",
  reprint: "{name}{year}年第{issue}期{column}",
  /** The source line of the data files (表1, the matrix): paper, issue or reprint, section. */
  source: {
    issue: "{year}年第{issue}期",
    reprint: "{name}{year}年第{issue}期转载",
    unknown: "{label}（{missing}未知）",
    title: "题名",
    authors: "作者",
    and: "与",
    section: "第{top}节{rest}",
  },
  downloads: "下载",
  formats: { bib: "BibTeX", ris: "RIS", json: "CSL-JSON" },
  allFormats: "全部格式与下载",
  howTo: "如何引用",
  titles: {
    paper: "{label}：{title}",
    section: "{label} {section}",
    stage: "{label}：{title}",
    table: "{label}：{title}",
    dimension: "{label}表1维度：{title}",
    element: "{label}{kind}：{title}",
    matrixCell: "{label}核心指标矩阵：{indicator} · {column}",
    concept: "概念：{title}",
    comparison: "两篇论文的比较：{title}",
    claim: "两篇论文的比较论断：{title}",
    matrixRow: "两篇论文的比较矩阵：{title}",
    crosswalkPair: "两个模型的对照：{title}",
    event: "时间线：{title}",
    bibliography: "参考文献：{title}",
  },
  /** Labels of the kinds of citable unit. */
  kinds: UNIT_KIND_LABELS_ZH,
  citePage: {
    title: "引用：{title}",
    description: "{title}的引用格式（GB/T 7714、APA、Chicago）与 BibTeX、RIS、CSL-JSON 下载。",
    heading: "引用本条",
    unit: "所引条目",
    permalink: "固定链接",
  },
  moved: {
    title: "条目已改用新编号",
    description: "旧编号{old}已改为{new}，本页转到新位置。",
    body: "本条的编号已更改，新位置：",
  },
} as const;

/** The same shape with every string widened: the type both editions' tables share. */
type Strings<T> = T extends string ? string : T extends (...args: never[]) => unknown ? T : { readonly [K in keyof T]: Strings<T[K]> };

// The edition tested on the compiled-in constant itself (not LOCALE from another module), so that the bundler folds
// it and leaves the other edition's strings out of the browser's scripts.
declare const __KB_LOCALE__: string | undefined;
const en = typeof __KB_LOCALE__ !== "undefined" && __KB_LOCALE__ === "en";
/** The papers' short labels, as navigation, search results and filters name them (this edition's). */
export const PAPER_LABELS: Strings<typeof PAPER_LABELS_ZH> = en ? PAPER_LABELS_EN : PAPER_LABELS_ZH;
/** Strings of the search UI (a separate export so the search script bundles only these). */
export const SEARCH_UI: Strings<typeof SEARCH_UI_ZH> = en ? SEARCH_UI_EN : SEARCH_UI_ZH;
/** Every UI string of the site, in one place, in this edition's language. */
export const UI: Strings<typeof UI_ZH> = en ? UI_EN : UI_ZH;
/** Strings of the link-preview card and switch, in this edition's language. */
export const PREVIEW_UI: Strings<typeof PREVIEW_UI_ZH> = en ? PREVIEW_UI_EN : PREVIEW_UI_ZH;
/** Strings of the citation tools, in this edition's language. */
export const CITE_UI: Strings<typeof CITE_UI_ZH> = en ? CITE_UI_EN : CITE_UI_ZH;
