/**
 * For which paper a page speaks of the query: the rule behind the paper filter and its counts.
 *
 * A page of one paper counts for that paper when it contains the query. A page shared by both papers (a concept the
 * two papers share, the timeline, the references, the glossary, the comparison) counts for a paper only when the query
 * occurs in the part of the page that is that paper's: a concept page's 论文A or 论文B section, an event or work cited
 * that belongs to that paper. The rest of a shared page (a concept's summary, its lists of related and mentioning
 * pages, the glossary's rows, the comparison's sections, which set the papers side by side) counts for neither paper,
 * so such a page is found under 全部 but not under 论文A or 论文B. A shared page the query names (its title, English
 * title or id) counts for both of its papers.
 */
import { pageWords, partText, type PageAnchor } from "./page-text.ts";
import { matchesText, type ParsedQuery } from "./query.ts";

export type { PageAnchor };

/** What the rule needs of a page: Pagefind's fragment data. */
export interface PageForMentions {
  url: string;
  /** The `paper` filter values of the page. */
  papers: readonly string[];
  /** The page's names (title, English title, id). */
  names: readonly string[];
  /** Pagefind's raw content: the page's words joined by zero-width spaces (or by white space). */
  rawContent: string;
  anchors: readonly PageAnchor[];
}

/** The heading of each paper's section on a concept page (src/components/concept/ConceptViews.astro: `view-${paperId}`). */
const PAPER_SECTIONS: Readonly<Record<string, string>> = { "view-paper-a": "paper-a", "view-paper-b": "paper-b" };

/**
 * The papers a page counts for under the query, in the order of its `paper` values (see the module comment).
 * `entries` gives the papers of the entries inside shared pages, by link ("/timeline/#event-…").
 */
export function mentionedPapers(query: ParsedQuery, page: PageForMentions, entries: ReadonlyMap<string, readonly string[]>): string[] {
  if (page.papers.length <= 1 || matchesText(query, page.names.join(" "))) return [...page.papers];
  const path = page.url.split("#")[0] ?? page.url;
  const words = pageWords(page.rawContent);
  const found = new Set<string>();
  for (const anchor of page.anchors) {
    const section = PAPER_SECTIONS[anchor.id];
    const papers = section === undefined ? entries.get(`${path}#${anchor.id}`) : [section];
    if (papers === undefined || papers.every((p) => found.has(p))) continue;
    if (matchesText(query, partText(anchor, page.anchors, words))) for (const p of papers) found.add(p);
  }
  return page.papers.filter((p) => found.has(p));
}
