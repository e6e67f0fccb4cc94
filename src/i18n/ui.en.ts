import { KIND_CHOICE_LABELS_EN, UNIT_KIND_LABELS_EN } from "./kinds.en.ts";

/** The papers' short labels, as navigation, search results and filters name them. */
export const PAPER_LABELS_EN = { "paper-a": "Paper A", "paper-b": "Paper B" } as const;

/** Strings of the search UI (a separate export so the search script bundles only these). */
export const SEARCH_UI_EN = {
  label: "Search the knowledge base",
  pageLabel: "Search terms",
  goToSearch: "Open the search page",
  placeholder: "Search: e.g. whole-nation system, key core technologies",
  submit: "Search",
  shortcutHint: "Press / to search",
  help: "Type English words, Chinese terms (simplified or traditional) or an entry's id; put a phrase in quotation marks to find it whole, e.g. “concentrating resources to accomplish major undertakings”.",
  noJs: "Search needs JavaScript. Without it, every page can still be reached from the navigation and the links on each page.",
  loading: "Searching…",
  empty: "Type a word to search for.",
  noResults: "Nothing found for “{q}”.",
  resultCount: "Pages found: {n}.",
  resultCountAbout: "Pages found: about {n}.",
  converted: "Searched for the simplified form “{s}”.",
  otherEdition: "Search the Chinese edition for “{q}”",
  error: "The search index could not be loaded.",
  suggestions: "Similar terms you could try:",
  more: "Show more results",
  results: "Search results",
  sections: "Matching sections",
  exact: "Main entry",
  filters: "Filters",
  /** The filters' summary line when no paper is chosen (phones show the filters folded under it). */
  paperSummaryAll: "All papers",
  /** How the paper filter counts pages both papers share (see src/lib/search/mentions.ts). */
  paperNote:
    "When you filter by paper, a page the two papers share (a concept both discuss, the comparison, the timeline) counts only if your search words occur in that paper's part of it.",
  paperLegend: "Paper",
  kindLabel: "Type",
  count: " ({n})",
  paperChoices: { all: "All", a: PAPER_LABELS_EN["paper-a"], b: PAPER_LABELS_EN["paper-b"], both: "Both papers" },
  /** Labels of the kind choices (derived from the kind labels). */
  kindChoices: KIND_CHOICE_LABELS_EN,
  papers: PAPER_LABELS_EN,
} as const;

/** Every UI string of the English edition, in one place (the English of UI in ui.ts, key for key). */
export const UI_EN = {
  /** Punctuation the templates put between parts. */
  punct: { colon: ": ", semicolon: "; ", listSeparator: ", ", openParen: " (", closeParen: ")", bracketOpen: "[", bracketClose: "]" },
  /** A stage page's description: its title, period and main task. */
  stagePage: { description: "{title} ({period}): {task}" },
  /** The two editions: the switch in the header, and the English edition's notes on its translations. */
  edition: {
    switch: "中文",
    switchLabel: "This page in Chinese",
    stale: "The Chinese text of this page has changed since this translation was made.",
    readOriginal: "Read the Chinese original",
    quoteTranslation: "(site translation: {en})",
    rendering: "site translation",
  },
  skipToContent: "Skip to content",
  nav: {
    label: "Main",
    home: "Home",
    paperA: PAPER_LABELS_EN["paper-a"],
    paperB: PAPER_LABELS_EN["paper-b"],
    table1: "Table 1",
    stages: "The three stages",
    concepts: "Concepts",
    compare: "Compare",
    timeline: "Timeline",
    references: "References",
    glossary: "Glossary",
    search: "Search",
    /** The button that opens the sections on a phone. */
    menu: "Menu",
    backToTop: "Back to top",
  },
  search: SEARCH_UI_EN,
  theme: {
    toggle: "Switch between light and dark themes",
    short: "Theme",
    light: "Light",
    dark: "Dark",
  },
  breadcrumbs: "Breadcrumb",
  toc: "On this page",
  /** After "On this page" on the collapsed table of contents: how many headings it lists. */
  tocCount: "({n})",
  source: "Source",
  locator: "Location in the paper",
  page: "p. {n}",
  footnote: "footnote {n}",
  unknown: "Unknown",
  unknownPrefix: "Unknown: ",
  externalIndex: "from a public index of papers, not from the paper's text",
  siteRendering: "The English is the site's rendering",
  paperRendering: "The English is Paper B's own",
  /** Where a term's canonical English comes from (glossary, concept pages). */
  enSource: {
    label: "English name",
    paper: "From Paper B",
    site: "The site's rendering",
    /** Paper B's own rendering, where the site departs from it: "Paper B's English abstract has …". */
    paperWhere: { title: "Paper B's English title has", abstract: "Paper B's English abstract has", text: "Paper B's text has" },
  },
  reconstruction: "Reconstructed by the site",
  /** Label of an aside that holds the site's own remark or inference (`<SiteNote>` in MDX). */
  siteNote: "Site note",
  updated: "Last updated",
  prev: "Previous stage",
  next: "Next stage",
  table: {
    dimension: "Dimension",
    group: "Group",
    changes: "Changes across the stages",
    constant: "Same in all three stages",
    constantLegend:
      "Rows marked “Same in all three stages” have the same wording, word for word, in all three stages: what the paper calls “what does not change”.",
    column: "This stage's column in Table 1",
    samePair: "Same in both stages",
    pairs: "The stages in pairs",
    pairTitle: "Table 1 compared: {a} and {b}",
    /** English caption of a pair table (the site's rendering; the stages by id). */
    /** The pair's title in the other edition's language (Chinese), from the stages' Chinese titles. */
    pairTitleEn: "表1：{a} / {b}",
    pairDescription:
      "The {a} and {b} columns of Paper A's Table 1, each cell as printed in Chinese with the site's English beside it; the rows that are the same in both stages are marked.",
    fullTable: "The full Table 1 (all three stages)",
    downloads: "Download the data",
    csv: "CSV (spreadsheets)",
    json: "JSON (for programs)",
    dataNote:
      "The data files reproduce the thirty cells of Paper A's Table 1 word for word; the rows that each group label covers are the site's inference. The site's compilation is released under CC BY 4.0: if you use it, cite both Paper A and this site.",
    otherStages: "Other stages",
  },
  paper: {
    issueValue: "{year}, no. {issue}",
    journalValue: "{name}",
    metadata: "About the paper",
    title: "Title",
    titleEn: "English title",
    authors: "Authors",
    affiliation: "Affiliation",
    journal: "Journal",
    issue: "Original year and issue",
    reprint: "Reprinted in",
    pages: "Pages",
    keywords: "Keywords",
    sourceText: "Text used",
    summary: "Overview (by the site)",
    outline: "Structure of the paper",
  },
  section: {
    subsections: "Subsections",
    elements: "Model elements in this section",
    parent: "Parent section",
    /** The pager under a section: reading the paper on in document order. */
    pager: "Read on in the paper's order",
    prev: "Previous section",
    next: "Next section",
    up: "Up one level",
    upPaper: "Back to the paper's overview",
  },
  element: {
    parts: "Components",
    correspondsTo: "Corresponding stage",
    cites: "Works the paper cites",
    kind: "Type of element",
    /** The element's group: its parent and its siblings. */
    group: "Elements in this group",
    up: "Part of",
    current: " (this page)",
    /** Before the counterparts, near the top: "Counterparts in Paper A". */
    counterpartsIn: "Counterparts in {paper}",
    /** After the counterparts label: whose judgement the types are, and where the whole crosswalk is. */
    counterpartsNote: "The types and reasons are the site's judgement; see ",
    counterpartsWhy: "Types and reasons (the site's judgement)",
    /** When the element has no counterpart in the other paper. */
    noCounterpart: "No counterpart in {paper}",
    mentionedIn: "Pages that mention this element",
    /** Before the list: what counts as a mention (a <Ref> link in a page's text) and what each line shows. */
    mentionedHint:
      "Every link to this element in the text of the site's pages (its counterparts are listed above). Each line shows the sentence; its link goes straight to the section where it is.",
  },
  crosswalk: {
    title: "Crosswalk of the two models",
    description:
      "Paper A's operating model (the three stages, the five era-specific characteristics, the three layers and four mechanisms, government–industry–university–research–user collaboration) set against Paper B's technology experiment–diffusion model (its stages, constituent elements, actors, operational systems, core indicators, dilemmas and more), item by item: each pair gives its type, the reason, and the sources on both sides.",
    judgement:
      "The types and reasons are the site's judgement, not the papers' words. Elements that one paper has and the other lacks are listed too, marked “No counterpart”.",
    counts: "{total} pairs: ",
    colA: "Paper A",
    colType: "Type",
    colB: "Paper B",
    colReason: "Reason (the site's)",
    colWhere: "Sources",
    onlyB: "Only in Paper B",
    stages: "Paper A · The three stages",
    nearest: "Closest passage in {paper}",
    none: "—",
    diagram: "Crosswalk diagram",
    /** Under the diagram heading: what the lines mean. */
    legend:
      "Each row has a part of Paper A's model on the left and the part of Paper B set against it on the right. Solid line: partial overlap; dashed line: different orientation; thick line: both.",
    /** The link from /compare/ to the crosswalk page. */
    link: "Compare the two models element by element",
    /** A group of rows under one part of Paper A's model: "Paper A · Characteristic 1: …". */
    group: "Paper A · {title}",
    /** The parts of the crosswalk, each on its own page (/compare/crosswalk/<part>/), by the structure of Paper A's model. */
    parts: {
      stages: "Paper A's three stages",
      "characteristics-1-3": "Paper A's era-specific characteristics 1–3",
      "characteristics-4-5": "Paper A's era-specific characteristics 4 and 5",
      "values-organisation": "Paper A's operating model: the layers of values and of the organisational system",
      operation: "Paper A's operating model: the layer of operating mechanisms",
      "only-b": "Elements only in Paper B",
    },
    partsHeading: "The parts",
    /** The diagram's own page (/compare/crosswalk/diagram/), and the line on the hub that leads to it. */
    diagramTitle: "The two models compared",
    diagramNote: "the links between the parts of the two models at a glance.",
    /** The diagram page's description, also its first paragraph. */
    diagramDescription: "How the parts of the two models correspond, in one diagram; the relations the lines show are the site's judgement.",
    partsNote: "The crosswalk is paged by the structure of Paper A's model; the elements only Paper B has have a page of their own.",
    /** A part's entry count on the hub: "26 pairs". */
    partCount: "{n} pairs",
    partDescription: "The part “{part}” of the crosswalk of the two models: each pair gives its type, the reason, and the sources on both sides.",
    /** The pager of a part's page. */
    pager: "Parts of the crosswalk",
    partsUp: "Overview of the crosswalk",
    prev: "Previous part",
    next: "Next part",
  },
  conceptsIndex: {
    description: "The main concepts the two papers use, each with what both papers say about it side by side.",
    all: "All concepts",
  },
  compare: {
    description: "Where the two papers agree and differ: definitions, periodisation, resource allocation, actors, analytical frameworks and shared sources.",
    /** The main differences at the top of the page. */
    main: {
      heading: "Main differences",
      note: "The site's summary: the differences that matter most for understanding the two papers. Each links to the claim that sets it out.",
      /** A link to a claim: the axis's short name and the claim's number. */
      claim: "{axis} · claim {n}",
    },
    /** The downloads of the whole comparison. */
    downloads: {
      heading: "Download the comparison data",
      description:
        "All the comparative claims ({claims} claims on {axes} aspects) can be downloaded as CSV or JSON: one row per claim, giving the aspect, the claim number, the site's judgement, the text of the claim, the sources in Paper A and Paper B (section number and note) and the claim's URL. The judgements and the text are the site's, not the papers' words.",
      csv: "CSV (UTF-8, comma-separated)",
      json: "JSON",
    },
    /** An axis's own page (/en/compare/actors/). */
    aspect: {
      description: "How the two papers compare on “{aspect}”: the site's discussion and its claims one by one, each with its sources in both papers.",
      claims: "Comparative claims",
      claimsNote:
        "Each claim is the site's summary, marked with the site's verdict (agree, differ, or one paper leaves the matter out), with its sources in both papers.",
      row: "See this aspect in the comparison matrix",
      pager: "The aspects of the comparison",
      prev: "Previous aspect",
      next: "Next aspect",
    },
    /** The search-in-page box of the matrix. */
    find: "Find",
    findPlaceholder: "A word, e.g. participants",
    /** The fold that holds a claim's locators: "Sources (3)". */
    sources: "Sources ({n})",
    /** The comparison matrix at the top of the page. */
    matrix: {
      heading: "Comparison matrix",
      caption: "What the two papers hold on each aspect of comparison, with the site's judgement",
      aspect: "Aspect",
      verdict: "The site's judgement",
      verdictNote:
        "The column “The site's judgement” is the site's classification of each comparative claim (agreement, difference, or not addressed by one of the papers), not what the papers themselves say; each number counts the claims of that kind.",
      claims: "All claims",
      filters: "Filters",
      byKind: "Judgement",
      byAspect: "Aspect",
      all: "All",
      shown: "Showing {n} of {total} aspects",
      reset: "Clear filters",
      /** The claims of a row that hold the word searched for (found by the search-in-page). */
      hits: "Claims with this word",
    },
  },
  concept: {
    /** A concept page's description: its English and Chinese names. */
    description: "{en} ({zh}): the two papers' accounts compared",
    related: "Related concepts",
    notDiscussed: "This paper does not discuss this concept.",
    views: "What the two papers say",
    mentionedIn: "Pages that mention this concept",
    /** The group of mentions on pages of neither paper (comparisons, other concepts, the timeline). */
    mentionedElsewhere: "Comparisons and site-wide pages",
    /** The control that unfolds the rest of a group's mentions. */
    mentionedMore: "{n} more",
    /** Before the list: what each line shows. */
    mentionedHint: "Each line shows the sentence of the mention; its link goes straight to the section where it is.",
  },
  diagram: {
    textAlternative: "The diagram in words",
    /** Shown under a diagram too wide for the screen, which then scrolls sideways. */
    scrollHint: "Scroll sideways to see the whole diagram",
    /** Opens a wide diagram at its natural size (in its scroll container). */
    fullSize: "View at full size",
  },
  preview: {
    paperSeparator: " · ",
    authorSeparator: ", ",
    etAl: " et al.",
    reference: "{authors}, {year}{where}.",
    referenceWhere: ", {where}",
    claimZh: "{title}（论断{n}）",
    claimEn: "{title} (claim {n})",
  },
  footer: {
    more: "More",
    howToCite: "How to cite",
    about:
      "This site is written from the text of the two papers (Paper B was published in 2022; Paper A is known from a 2022 reprint, its original year unknown), and every item gives its location in the paper. This English edition renders the site's Chinese text; quotations stay in Chinese, with the site's translation beside them.",
    license: "Licence",
    /** The edition the reader is reading, linked to the changelog. */
    edition: "Edition {edition}",
    changelog: "Changelog",
    offline: "Read offline",
    settings: "Reading settings",
  },
  /** The changelog page (/changelog/) and the revision dates on unit pages. */
  changelog: {
    title: "Changelog",
    titleEn: "更新记录",
    description: "What changed in the knowledge base: its editions, and each revision with the entries it touched, newest first.",
    intro:
      "The site is published in dated editions; when you cite a page of this site, name the edition you read. Below, each revision is listed by date, newest first. The first-published and last-substantive-change dates on each entry's page come from the repository's history; revisions that only fix typography or typos are marked minor here and do not count as substantive changes.",
    editions: "Editions",
    current: "current edition",
    entries: "Revisions",
    siteWide: "Whole site",
    minor: "minor revision",
    units: "Entries: ",
    editionOf: "in edition {edition}",
  },
  settings: {
    title: "Reading settings",
    description: "The reading choices this site remembers on this device: link previews on or off, and where to set offline reading and the colour theme.",
    intro: "These choices are kept in this device's browser only and sent nowhere.",
    previews: "Link previews",
    theme: "Colour theme: switch it with the Theme button at the top of the page (under Menu on a phone); the choice is remembered.",
    /** Followed directly by the link (hence the trailing space; the Chinese needs none after its full stop). */
    offline: "Offline reading: keep the whole site on this device, to read and search without a network. ",
    offlineLink: "Open the offline reading page",
  },
  offline: {
    title: "Offline reading",
    description: "Save the English edition of this site in this device's browser to read every page and search it without a network.",
    intro:
      "Save every page, diagram, download and the search index of this site's English edition in this device's browser, and read and search it without a network. Nothing is downloaded until you press the button below; otherwise the site stores nothing on your device.",
    editions: "The English and Chinese editions are saved separately: save the Chinese edition on its own version of this page.",
    updates: "Once saved, the copy updates the files that have changed whenever you visit the site online.",
    unsupported: "Saving an offline copy needs JavaScript and a browser with service workers.",
    notSaved: "This device holds no offline copy of the English edition.",
    saved: "Offline copy saved ({date}, {size} MB).",
    save: "Save for offline reading",
    update: "Check for updates now",
    remove: "Remove the offline copy",
    progress: "Saving: {done} / {total} MB ({files} / {count} files)",
    done: "Saved: pages and search now work without a network.",
    upToDate: "The offline copy is up to date.",
    failed: "Saving did not finish ({error}). Try again when online.",
    removed: "The offline copy has been removed.",
    notice: "Offline reading: no network; this is the copy saved on this device on {date}.",
  },
  booklet: {
    title: "{paper}: the whole map",
    description: "Every section and model element of {paper} on one page, in the paper's order, ready to print as a booklet.",
    link: "The whole map: every section and model element on one page, in order, ready to print",
    intro:
      "This page sets out every section of {paper} in the paper's order, each followed by the model elements it treats. The text is the site's own summary and encoding of the paper, not the paper itself; quotations and locations are as on each entry's page. In print each top-level section starts a new page, and the headings of sections and elements show their addresses.",
    contents: "Contents",
    sectionElements: "Model elements of this section",
  },
  glossary: {
    title: "Glossary",
    /** The title in the other edition's language (Chinese), shown under the heading. */
    titleEn: "术语表",
    description:
      "The concepts and model terms of the two papers, in pinyin order, with their English renderings; a term can also be found from its English name.",
    intro:
      "Every concept of the site and every term of the two papers' models, in Hanyu Pinyin order (the pinyin is generated by pinyin-pro). Each term has a one-line definition written by the site, which notes where the two papers use it differently. Each term has one English rendering throughout the site, and its source is given: “From Paper B” is the rendering in Paper B's English title, abstract or text; “The site's rendering” is the site's own. Where the site departs from Paper B, Paper B's rendering is given beside it. An index in English alphabetical order ends the page.",
    term: "Term",
    initials: "Pinyin initials",
    english: "English index",
  },
  timeline: {
    description: "The policy documents and events the two papers mention, in date order, each with the paper that mentions it and where.",
    mentionedIn: "Mentioned in",
    papers: "Mentioned by",
  },
  references: {
    description: "The works the two papers cite, each with the paper and section that cite it.",
    citedIn: "Cited in",
    shared: "Sources the two papers share",
    sharedNote:
      "The works below appear in Paper B's footnotes and are also named in the body of Paper A (Paper A's footnotes are not in the text used, so whether it cites the same work cannot be checked). Both papers also quote the same sentence of the National Medium- and Long-Term Programme for Science and Technology Development (2006–2020): see the timeline.",
    sharedBadge: "Shared by both papers",
    all: "All works",
  },
  matrix: {
    title: "Paper B: the core-indicator matrix",
    /** The title in the other edition's language (Chinese), shown under the heading. */
    titleEn: "论文B 核心指标矩阵",
    description:
      "The five core indicators of Paper B's technology experiment–diffusion model, set out cell by cell for each actor and system; cells the paper leaves unspecified are marked as such.",
    indicator: "Core indicator",
    notSpecified: "Not specified in the paper",
    dataNote:
      "Each cell of the matrix is the site's summary of Paper B (with its location in the paper); cells marked “Not specified in the paper” are left empty. The site's compilation is released under CC BY 4.0: if you use it, cite both Paper B and this site.",
  },
  notFound: {
    title: "Page not found",
  },
  /** The home page's "start here" block. */
  home: {
    start: "Start here",
    papers: "What each paper argues",
    siteSummary: "The site's summary",
    readPaper: "Read the overview of {label}",
    titleUnknown: "Title and authors unknown",
    reprint: "Text from the reprint in {name}, {year}, no. {issue}",
    originalUnknown: "Original journal and year unknown",
    issue: "{year}, no. {issue}",
    factSeparator: " · ",
    compare: "How the two papers compare",
    agreements: "Where they agree",
    differences: "Where they differ",
    seeAxis: "see ",
    allCompare: "The full comparison, claim by claim",
    reading: "A suggested reading order",
  },
} as const;

/** Strings of the link-preview card and its switch. */
export const PREVIEW_UI_EN = {
  label: "Link preview",
  toggle: "Link previews",
  on: "on",
  off: "off",
  hint: "Hover over or focus a link in the text to preview it; on a phone, press and hold the link.",
  turnOff: "Turn link previews off",
  turnedOff: "Link previews are off; turn them on again under Reading settings (linked at the foot of every page).",
};

/** Strings of the citation tools: permalinks, cite blocks, cite pages and their downloads. */
export const CITE_UI_EN = {
  permalink: "§",
  permalinkLabel: "Permalink: {title} (click to copy the URL)",
  /** The § link's tooltip (its accessible name, above, names the unit; the tooltip need not repeat it on every row). */
  permalinkTitle: "Permalink (click to copy the URL)",
  cite: "Cite",
  /** The accessible name of a unit's "Cite" link to its cite page. */
  citeThis: "Cite: {title}",
  citeHint: "GB/T 7714 · APA · Chicago",
  copy: "Copy",
  copyLabel: "{target}: copy the {style} citation",
  copied: "Copied",
  copyFailed: "Could not copy automatically: the text is selected, so press Ctrl+C (⌘C on a Mac) to copy it",
  updated: "Last substantive change",
  /** When a unit's page first appeared (from the repository history). */
  firstPublished: "First published",
  /** After the title of a site page in every citation: the edition read. */
  editionSuffix: " (edition {edition})",
  edition: "Edition",
  updatedSource: {
    "front-matter": "This build had no repository history: the update date given in the entry's file",
    git: "From the repository's history; revisions the changelog marks as minor do not count",
    build: "This build had no repository history (or the file is not yet committed): the date the site was built",
  },
  targets: {
    paper: "Cite the paper",
    work: "Cite the work",
    site: "Cite this page",
  },
  targetNotes: {
    work: "Recorded from the paper's footnote; not checked against the original publication.",
    site: "The site's summary and arrangement: when you cite a paper's views, cite the paper as well.",
  },
  locator: "Location in the paper",
  accessedNote:
    "The access date in these citations is the day you opened this page; without JavaScript it is the date the site was built, so change it to the date you consulted the page.",
  paperUnknown:
    "The title and authors of {label} are unknown: the text used is the reprint in {reprint}, which has no title page. GB/T 7714 and the other styles require the author and the title, so the site gives no formatted citation of {label} itself. Check the title and authors against the reprint before citing the paper, or cite the site's pages below.",
  reprint: "{name}, {year}, no. {issue}, {column}",
  /** The source line of the data files (Table 1, the matrix): paper, issue or reprint, section. */
  source: {
    issue: "{year}, no. {issue}",
    reprint: "reprinted in {name}, {year}, no. {issue}",
    unknown: "{label} ({missing} unknown)",
    title: "title",
    authors: "authors",
    and: " and ",
    section: "section {top}{rest}",
  },
  downloads: "Downloads",
  formats: { bib: "BibTeX", ris: "RIS", json: "CSL-JSON" },
  allFormats: "All formats and downloads",
  howTo: "How to cite",
  titles: {
    paper: "{label}: {title}",
    section: "{label}, {section}",
    stage: "{label}: {title}",
    table: "{label}: {title}",
    dimension: "{label} · Table 1 dimension: {title}",
    element: "{label} · {kind}: {title}",
    matrixCell: "{label} · Core-indicator matrix: {indicator} · {column}",
    concept: "Concept: {title}",
    comparison: "The two papers compared: {title}",
    claim: "Comparative claim: {title}",
    matrixRow: "Comparison matrix: {title}",
    crosswalkPair: "Crosswalk of the two models: {title}",
    event: "Timeline: {title}",
    bibliography: "References: {title}",
  },
  /** Labels of the kinds of citable unit. */
  kinds: UNIT_KIND_LABELS_EN,
  citePage: {
    title: "Cite: {title}",
    description: "Citations of {title} (GB/T 7714, APA, Chicago) and BibTeX, RIS and CSL-JSON downloads.",
    heading: "Cite this entry",
    unit: "Entry cited",
    permalink: "Permalink",
  },
  moved: {
    title: "This entry has a new id",
    description: "The old id {old} is now {new}; this page takes you to the new address.",
    body: "This entry's id has changed. Its new address:",
  },
} as const;
