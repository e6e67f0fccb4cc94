/**
 * The shapes of what pages show, shared by `src/data/` (which fills them) and the components (which
 * render them): plain data, no markup. A component takes one of these as props and returns HTML.
 */
import type { CitationBlock } from "./cite/citations.ts";
import type { MetaTag } from "./cite/head-meta.ts";

export type { SectionNode } from "./sections.ts";

/** A link: its text and href (base path included). */
export interface Link {
  label: string;
  href: string;
}

/** A link to a unit with its English title beside it (element and concept lists). */
export interface TitledLink extends Link {
  titleEn: string;
}

/** One crumb of a breadcrumb trail; the last one (the page itself) has no href. */
export interface Crumb {
  label: string;
  href?: string;
}

/** Reading a paper's sections in order: the sections before and after one, and what encloses it. */
export interface SectionPagerView {
  prev?: Link | undefined;
  next?: Link | undefined;
  /** The enclosing section (`section: true`), or the paper's overview for a top-level section. */
  up: Link & { section: boolean };
}

/** An element's group: what it belongs to and its siblings in order, itself included (`current`). */
export interface ElementGroupView {
  /** The parent element, or the paper overview's list of this kind. */
  up: Link;
  siblings: (Link & { current: boolean })[];
}

/** One agreement or difference of the two papers in a line, linked to the comparison axis that sets it out. */
export interface StartClaimView {
  textZh: string;
  axis: Link;
}

/** The home page's "start here": the two papers' main claims, their agreements and differences, a reading order. */
export interface StartHereView {
  papers: {
    id: string;
    /** 论文A, 论文B. */
    label: string;
    href: string;
    /** The printed title, where the text gives it. */
    title?: string | undefined;
    /** Authors and issue, or what is unknown and where the text comes from. */
    facts: string;
    /** The site's summary of the paper's main claim. */
    summaryZh: string;
  }[];
  agreements: StartClaimView[];
  differences: StartClaimView[];
  compareHref: string;
  /** Steps in order: where to go and what it gives. */
  reading: (Link & { whatZh: string })[];
}

/** One entry of a page's table of contents. */
export interface TocItem {
  id: string;
  label: string;
  depth: 2 | 3;
}

/** Where a unit stands in its paper, as a line of links: paper › section › subsection · page · footnote · note. */
export interface LocatorView {
  /** The label before the trail (原文位置, 引用之处 …). */
  label: string;
  paper: Link;
  /** Sections from the outermost in. */
  trail: Link[];
  /** Page, footnote and note, as printed after the trail. */
  extras: string[];
}

/** A unit's "§" permalink. */
export interface PermalinkView {
  href: string;
  /** The absolute URL copied to the clipboard. */
  absolute: string;
  label: string;
  /** Anchors this unit was published under before, on the same page. */
  aliases: string[];
}

/** A unit's formatted citations with the locator line and the download links. */
export interface CiteFormatsView {
  id: string;
  /** The locator as one line of text, when the unit belongs to a paper. */
  locator?: string;
  /** Why the unit's paper itself cannot be cited in a standard format, when it cannot. */
  unformattable?: string;
  blocks: CitationBlock[];
  downloads: { ext: string; label: string; href: string; filename: string }[];
}

/** The cite bar of a unit: permalink, citations, update date, and links to the cite page and the guide. */
export interface CiteView {
  id: string;
  permalink: PermalinkView;
  formats: CiteFormatsView;
  /** When the unit's content last changed substantively (YYYY-MM-DD). */
  updated: string;
  /** When the unit's page was first published (YYYY-MM-DD), when the history tells. */
  first?: string | undefined;
  /** The changelog page, where the dates are explained. */
  changelogHref: string;
  citePageHref: string;
  howToHref: string;
}

/** What the <head> says about the page beyond its title: meta tags and the schema.org JSON-LD. */
export interface HeadView {
  tags: MetaTag[];
  /** JSON-LD, ready for an inline script. */
  jsonLd: string;
}

/** Everything the page layout needs: head, breadcrumbs, table of contents, search filters. */
export interface PageMeta {
  /** The text of <title>. */
  title: string;
  description: string;
  /** Absolute URL of the page. */
  canonical: string;
  head: HeadView;
  crumbs: Crumb[];
  toc: TocItem[];
  /** English edition: the Chinese this page translates has changed since the translation (the page says so). */
  stale?: boolean;
  /** Anchors published on this page that now live elsewhere: anchor → href (a small script follows them). */
  anchorMoves: Record<string, string>;
  /** The site's edition (the footer names it, linked to the changelog). */
  edition?: { label: string; href: string };
  /** The page's `kind` search filter value (a page kind or an element kind). */
  kind?: string;
  /** The papers the page belongs to (`paper` search filter values). */
  papers: string[];
  /** Leave the page out of the search index. */
  noIndex: boolean;
  /** Where a page that moved sends the reader. */
  refresh?: string;
}

/** One cell of Paper B's indicator matrix. */
export interface MatrixCellView {
  id: string;
  specified: boolean;
  summaryZh: string;
  quote?: string | undefined;
  /** English edition: the site's translation of the quotation. */
  quoteEn?: string | undefined;
  locator: LocatorView;
  cite: CiteView;
}

/** What one paper says about a concept (or that it does not discuss it). */
export interface ConceptPaperView {
  paperId: string;
  paper: Link;
  discussed: boolean;
  summaryZh?: string | undefined;
  quote?: string | undefined;
  /** English edition: the site's translation of the quotation. */
  quoteEn?: string | undefined;
  locators: LocatorView[];
}

/** One comparative claim: its id and anchor, verdict, text, locators into both papers, and its cite bar. */
export interface ClaimView {
  id: string;
  kind: "agree" | "differ" | "a-leaves-out" | "b-leaves-out";
  label: string;
  textZh: string;
  locators: LocatorView[];
  cite: CiteView;
}

/** A compact link to a section, with its full label as a tooltip. */
export interface ShortLink {
  label: string;
  title: string;
  href: string;
}

/** A compact link to a section (二(三)), its name left to the link's preview. */
export interface SectionLink {
  label: string;
  href: string;
}

/** One row of the comparison matrix: the axis, what each paper says on it in a line, and its claims counted by kind. */
export interface MatrixRowView {
  id: string;
  /** The axis's id without "cmp-", as the ?aspect= filter names it. */
  aspect: string;
  labelZh: string;
  href: string;
  aZh: string;
  bZh: string;
  aLinks: SectionLink[];
  bLinks: SectionLink[];
  /** Claim counts by kind, in the order differ, agree, only Paper A, only Paper B; kinds with no claim left out. */
  verdicts: { kind: ClaimView["kind"]; label: string; count: number }[];
  /** The kinds of claim the row has, space-separated (for the filter). */
  kinds: string;
  /** The row as a citable unit (`cmp-<axis>-row`). */
  cite: CiteView;
  /** Anchors once published on /compare/ for this axis and its claims, now on the axis's page: kept as empty targets in the row. */
  aliases: string[];
}

/** One of the comparison page's main differences: the site's line, and links to the claims that set it out. */
export interface MainDifferenceView {
  textZh: string;
  claims: ShortLink[];
}

/** One entry of the crosswalk as an element page shows it: the other paper's element (none for `none`), the type, the reason. */
export interface CounterpartView {
  /** The crosswalk entry's id (its anchor on the crosswalk page). */
  id: string;
  type: string;
  typeLabel: string;
  /** A mark for the type that does not rely on colour (＝ ≈ ≠ ∅). */
  mark: string;
  reasonZh: string;
  /** The other paper's element; absent for an entry of type `none`. */
  other?: TitledLink | undefined;
  /** The entry on the crosswalk page. */
  href: string;
}

/** One row of the crosswalk page. */
export interface CrosswalkRowView {
  id: string;
  type: string;
  typeLabel: string;
  mark: string;
  a?: Link | undefined;
  b?: Link | undefined;
  reasonZh: string;
  aLocator?: LocatorView | undefined;
  bLocator?: LocatorView | undefined;
  /** The pair as a citable unit. */
  cite: CiteView;
  /** The pair's name (A — B), for the cite link. */
  title: string;
}

/** A group of crosswalk rows: one part of Paper A's model, or what only Paper B has. */
export interface CrosswalkGroupView {
  id: string;
  titleZh: string;
  rows: CrosswalkRowView[];
}

/** How many crosswalk entries have one type, with the type's label and mark. */
export interface CrosswalkCountView {
  type: string;
  label: string;
  mark: string;
  n: number;
}

/** One part of the crosswalk as its hub lists it: a link to its page, its entries counted by type. */
export interface CrosswalkPartLinkView {
  part: string;
  title: string;
  href: string;
  total: number;
  /** Types with at least one entry, in the site's order. */
  counts: CrosswalkCountView[];
  /** The part's groups, each linked at its heading (empty when the part is one group). */
  groups: Link[];
  /** Anchors once published on the hub for this part's groups and rows, now on its page: kept as empty targets in the entry. */
  aliases: string[];
}

/** One comparison axis: the site's account and its claims, each with locators into both papers. */
export interface ComparisonAxisView {
  id: string;
  titleZh: string;
  titleEn: string;
  cite: CiteView;
  claims: ClaimView[];
}

/** A dated event on the timeline, with where each paper mentions it. */
export interface EventView {
  id: string;
  date: string;
  titleZh: string;
  titleEn: string;
  cite: CiteView;
  documentQuote?: string | undefined;
  summaryZh: string;
  /** The papers that mention it, as one phrase (论文A、论文B). */
  papers: string;
  /** The stage of Paper A it falls in, if the content places it in one. */
  stage?: string | undefined;
  locators: LocatorView[];
}

/** One work in the bibliography: its reference as the citation library formats it (GB/T 7714), and where the papers cite it. */
export interface ReferenceView {
  id: string;
  /** The work's language (Chinese edition; the English edition leaves it to the build's marking of Chinese runs). */
  lang?: string | undefined;
  title: string;
  /** Cited by both papers. */
  shared: boolean;
  /** English edition: the site's English of the work's title (the reference itself stays as printed). */
  titleEn?: string | undefined;
  /** The formatted reference. */
  text: string;
  noteZh?: string | undefined;
  locators: LocatorView[];
  cite: CiteView;
}

/** One table of the matrix: column heads, and rows of cells (undefined where the content has no cell). */
export interface MatrixTableView {
  id: string;
  caption: string;
  columns: Link[];
  rows: { head?: Link | undefined; cells: (MatrixCellView | undefined)[] }[];
}

/** One revision as the changelog lists it. */
export interface ChangeView {
  text: string;
  substantive: boolean;
  /** The units it touched, linked (none: the whole site). */
  units: Link[];
  edition: Link;
}

/** Everything the changelog page shows. */
export interface ChangelogView {
  page: PageMeta;
  titleZh: string;
  titleEn: string;
  intro: string;
  editions: { id: string; anchor: string; date: string; text: string; current: boolean }[];
  days: { date: string; anchor: string; changes: ChangeView[] }[];
}

/** One element in a paper's booklet, under the section the paper treats it in; `B` is an entry's rendered body. */
export interface BookletElementView<B> {
  id: string;
  titleZh: string;
  titleEn: string;
  /** Its kind and, for a part, the element it belongs to ("运行机制 · 项目制"). */
  kind: string;
  definition: string;
  href: string;
  Content: B;
}

/** One section in a paper's booklet: its heading (depth 0 for a top-level section), link, body and elements. */
export interface BookletSectionView<B> {
  id: string;
  label: string;
  titleEn: string;
  depth: number;
  href: string;
  Content: B;
  elements: BookletElementView<B>[];
}

/** A paper's booklet: every section of the paper in order, each with its elements, on one page for print. */
export interface BookletPageView<B> {
  page: PageMeta;
  title: string;
  paperTitle: string;
  intro: string;
  paperHref: string;
  sections: BookletSectionView<B>[];
}
