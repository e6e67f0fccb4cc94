import { CITE_UI, fill, UI } from "../../i18n/ui.ts";
import { dateParts, formatEntry, formatWithAccessed, STYLE_KEYS, STYLES, type Formatted, type StyleKey } from "./cite-format.ts";
import type { UnitKind } from "../routes.ts";
import { formatSectionNumber, isSectionNumber, numberedHeading } from "../sections.ts";
import type { CslItem } from "./csl-types.ts";

export type { CslItem, CslName } from "./csl-types.ts";

/** What the sources tell about a paper; a missing field is unknown. */
export interface PaperFacts {
  id: string;
  labelZh: string;
  title?: string;
  /** The English title the paper itself prints. */
  titleEn?: string;
  authors?: readonly { family: string; given: string }[];
  journal?: string;
  /** Year of the original publication; absent when only a reprint is known (Paper A). */
  year?: number;
  /** Issue of the original publication; absent when unknown. */
  issue?: string;
  keywords?: readonly string[];
  reprint?: { nameZh: string; year: number; issue: string; column?: string };
  language: string;
}

/** Where a unit stands in its paper: the section trail (outermost first), and page, footnote, note. */
export interface UnitLocator {
  trail: readonly { number: string; heading: string }[];
  page?: number;
  footnote?: string;
  note?: string;
}

/** How a unit's update date is known. */
export type UpdatedSource = "front-matter" | "git" | "build";

/** Everything needed to cite one unit, as the original and as this site's page. */
export interface CitationInput {
  id: string;
  kind: UnitKind;
  /** The title under which the site's page (or anchor) is cited. */
  pageTitle: string;
  /** Absolute URL of the unit's page or anchor. */
  url: string;
  /** When the unit's content last changed substantively (the site page's date of publication in a citation). */
  updated: { date: string; source: UpdatedSource };
  /** When the unit's page was first published, when the history tells. */
  first?: string;
  /** The edition of the site the page belongs to ("2026-11-28"): every citation of a site page names it. */
  edition?: string;
  /** The paper the unit belongs to, if any. */
  paper?: PaperFacts;
  locator?: UnitLocator;
  /** For a bibliography entry: the cited work itself. */
  work?: CslItem;
}

/** The references for one cited thing, in the order GB/T 7714, APA, Chicago. */
export interface CitationBlock {
  target: "paper" | "work" | "site";
  formats: { style: StyleKey; label: string; formatted: Formatted }[];
}

/** All citations of one unit, and the items offered as BibTeX, RIS and CSL-JSON. */
export interface UnitCitations {
  id: string;
  blocks: CitationBlock[];
  /** The unit's paper, when it cannot be cited in a standard format (title or authors unknown). */
  paperUnformattable?: PaperFacts;
  /** The items of the downloads: the original (without the cited page) and the site's page (without an access date). */
  items: CslItem[];
}

/** The CSL item of a paper, or undefined when the paper's title or authors are unknown (both are required elements). */
export function paperItem(paper: PaperFacts): CslItem | undefined {
  if (paper.title === undefined || paper.authors === undefined || paper.authors.length === 0) return undefined;
  return {
    id: paper.id,
    type: "article-journal",
    language: paper.language,
    title: paper.title,
    author: paper.authors.map((a) => ({ family: a.family, given: a.given })),
    ...(paper.journal === undefined ? {} : { "container-title": paper.journal }),
    ...(paper.year === undefined ? {} : { issued: dateParts(String(paper.year)) }),
    ...(paper.issue === undefined ? {} : { issue: paper.issue }),
    ...(paper.keywords === undefined ? {} : { keyword: paper.keywords.join("; ") }),
  };
}

/** The CSL item of the site's page for a unit (a web page whose author is the site). */
export function sitePageItem(input: CitationInput, siteName: string): CslItem {
  return {
    id: `kb-${input.id}`,
    type: "webpage",
    language: "zh-CN",
    author: [{ literal: siteName }],
    title: input.edition === undefined ? input.pageTitle : `${input.pageTitle}${fill(CITE_UI.editionSuffix, { edition: input.edition })}`,
    ...(input.edition === undefined ? {} : { version: input.edition }),
    "container-title": siteName,
    issued: dateParts(input.updated.date),
    URL: input.url,
  };
}

// Per-style adjustments the style guides ask for and CSL 1.0 cannot express.
function forStyle(item: CslItem, style: StyleKey, paper: PaperFacts | undefined, page: number | undefined): CslItem {
  const out = { ...item };
  // The edition is in the title, where every style prints it; Chicago would print `version` a second time.
  delete out.version;
  // GB/T 7714 §8.8.2: the page slot of an article may hold the cited page (引文页码).
  if (style === "gbt" && item.type === "article-journal" && page !== undefined) out.page = String(page);
  // APA 9.38: a non-English title is followed by its English translation in brackets (here the paper's own).
  if (style === "apa" && paper?.titleEn !== undefined && item.id === paper.id) out.title = `${item.title ?? ""} [${paper.titleEn}]`;
  // APA 9.16: when the author and the site name are the same, the site name is left out.
  if (style === "apa" && item.type === "webpage") delete out["container-title"];
  return out;
}

function block(
  target: CitationBlock["target"],
  item: CslItem,
  paper: PaperFacts | undefined,
  page: number | undefined,
  accessed: string | undefined,
): CitationBlock {
  return {
    target,
    formats: STYLE_KEYS.map((style) => {
      const styled = forStyle(item, style, paper, page);
      const formatted: Formatted = accessed === undefined ? { text: formatEntry(styled, style) } : formatWithAccessed(styled, style, accessed);
      return { style, label: STYLES[style].label, formatted };
    }),
  };
}

/** Format every citation of a unit; `accessed` (YYYY-MM-DD) is the access date printed for the site's page. */
export function citeUnit(input: CitationInput, accessed: string, siteName: string): UnitCitations {
  const blocks: CitationBlock[] = [];
  const items: CslItem[] = [];
  const original = input.work ?? (input.paper === undefined ? undefined : paperItem(input.paper));
  if (original !== undefined) {
    blocks.push(block(input.work === undefined ? "paper" : "work", original, input.paper, input.locator?.page, undefined));
    items.push(original);
  }
  const site = sitePageItem(input, siteName);
  blocks.push(block("site", site, undefined, undefined, accessed));
  items.push(site);
  const unformattable = input.work === undefined && input.paper !== undefined && original === undefined;
  return { id: input.id, blocks, items, ...(unformattable && input.paper !== undefined ? { paperUnformattable: input.paper } : {}) };
}

/** A section trail as a short label: "三（二）1. 构成要素与核心指标", "二、…", or a heading alone ("摘要"). */
export function sectionLabel(trail: UnitLocator["trail"], title?: string): string {
  const last = trail.at(-1);
  if (last === undefined) return title ?? "";
  const heading = title ?? last.heading;
  if (!isSectionNumber(last.number)) return heading;
  const outer = trail
    .slice(0, -1)
    .map((s) => s.number)
    .join("");
  return `${outer}${formatSectionNumber(last.number)}${heading}`;
}

/** A locator as one line of text: "论文B › 三、… › （二）… · 第45页 · 脚注a · note". */
export function locatorText(paperLabel: string, locator: UnitLocator): string {
  const trail = locator.trail.map((s) => numberedHeading(s.number, s.heading));
  const extras = [
    locator.page === undefined ? undefined : fill(UI.page, { n: locator.page }),
    locator.footnote === undefined ? undefined : fill(UI.footnote, { n: locator.footnote }),
    locator.note,
  ].filter((x): x is string => x !== undefined);
  return [[paperLabel, ...trail].join(" › "), ...extras].join(" · ");
}

/** The reprint a paper's text comes from, as one phrase ("复印报刊资料《中国政治》2022年第2期【理论探讨】"). */
export function reprintText(paper: PaperFacts): string {
  const r = paper.reprint;
  if (r === undefined) return "";
  return fill(CITE_UI.reprint, { name: r.nameZh, year: r.year, issue: r.issue, column: r.column ?? "" });
}
