import { reprintText, type CitationInput, type PaperFacts } from "./citations.ts";

/** A <meta> tag: `name` (Highwire, Dublin Core) or `property` (Open Graph), and its content. */
export interface MetaTag {
  attr: "name" | "property";
  key: string;
  content: string;
}

/** What the head of one page says about the page and the site. */
export interface PageFacts {
  title: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  siteName: string;
  /**
   * Whether reference managers may take the site's name as the page's author. Zotero splits a name with spaces into
   * given and family names, so the English edition's name is given only as the website's title.
   */
  siteAsCreator?: boolean;
  license: string;
  language: string;
  /** When the page's content last changed (YYYY-MM-DD), where known. */
  modified?: string;
  /**
   * Open Graph type: "article" for the pages that describe a paper (they also carry citation_* tags),
   * "website" for the site's own pages, which reference managers then save as a web page of the site.
   */
  type?: "website" | "article";
}

const tag = (attr: MetaTag["attr"], key: string, content: string | undefined): MetaTag[] =>
  content === undefined || content === "" ? [] : [{ attr, key, content }];

/**
 * Highwire Press citation_* tags for a paper, so reference managers save it as a journal article.
 * Empty when the paper's title or authors are unknown: a record without them would be wrong, not partial.
 */
export function highwireTags(paper: PaperFacts): MetaTag[] {
  if (paper.title === undefined || paper.authors === undefined || paper.authors.length === 0) return [];
  return [
    ...tag("name", "citation_title", paper.title),
    // "family, given": Zotero's Embedded Metadata translator splits a name at the comma (lastName 张, firstName 正清);
    // without one a Chinese name, which has no space, is kept as one undivided field.
    ...paper.authors.flatMap((a) => tag("name", "citation_author", highwireName(a))),
    ...tag("name", "citation_publication_date", paper.year === undefined ? undefined : String(paper.year)),
    ...tag("name", "citation_journal_title", paper.journal),
    ...tag("name", "citation_issue", paper.issue),
    ...tag("name", "citation_language", paper.language),
    ...(paper.keywords ?? []).flatMap((k) => tag("name", "citation_keywords", k)),
  ];
}

/** A person's name as a citation_author value: "family, given" (Highwire and Google Scholar's inverted form). */
export function highwireName(name: { family: string; given: string }): string {
  return `${name.family}, ${name.given}`;
}

/** Dublin Core and Open Graph tags describing the site's own page. */
export function pageTags(page: PageFacts): MetaTag[] {
  return [
    ...tag("name", "DC.title", page.title),
    ...(page.siteAsCreator === false ? [] : tag("name", "DC.creator", page.siteName)),
    ...tag("name", "DC.publisher", page.siteName),
    ...tag("name", "DC.date", page.modified),
    ...tag("name", "DC.language", page.language),
    ...tag("name", "DC.identifier", page.url),
    // On a paper's pages the record a reference manager saves is the paper's: the site's licence is not the paper's rights.
    ...(page.type === "article" ? [] : tag("name", "DC.rights", page.license)),
    ...tag("name", "DC.type", "Text"),
    ...tag("property", "og:type", page.type ?? "website"),
    ...tag("property", "og:title", page.title),
    ...tag("property", "og:description", page.description),
    ...tag("property", "og:url", page.url),
    ...tag("property", "og:site_name", page.siteName),
    ...tag("property", "og:locale", page.language.replace("-", "_")),
    ...(page.type === "article" ? tag("property", "article:modified_time", page.modified) : []),
  ];
}

/** The schema.org description of a paper: a ScholarlyArticle with only the fields the sources give; `id` is its node's @id. */
export function scholarlyArticle(paper: PaperFacts, id?: string): Record<string, unknown> {
  // The original issue is described only as far as it is known; a paper known only from a reprint has none.
  const issue =
    paper.issue !== undefined || paper.journal !== undefined
      ? {
          "@type": "PublicationIssue",
          ...(paper.issue === undefined ? {} : { issueNumber: paper.issue }),
          ...(paper.year === undefined ? {} : { datePublished: String(paper.year) }),
          ...(paper.journal === undefined ? {} : { isPartOf: { "@type": "Periodical", name: paper.journal } }),
        }
      : undefined;
  return {
    "@type": "ScholarlyArticle",
    ...(id === undefined ? {} : { "@id": id }),
    ...(paper.title === undefined ? {} : { name: paper.title, headline: paper.title }),
    ...(paper.titleEn === undefined ? {} : { alternateName: paper.titleEn }),
    ...(paper.authors === undefined
      ? {}
      : { author: paper.authors.map((a) => ({ "@type": "Person", name: `${a.family}${a.given}`, familyName: a.family, givenName: a.given })) }),
    ...(paper.year === undefined ? {} : { datePublished: String(paper.year) }),
    inLanguage: paper.language,
    ...(paper.keywords === undefined ? {} : { keywords: paper.keywords.join(", ") }),
    ...(issue === undefined ? {} : { isPartOf: issue }),
    ...(paper.reprint === undefined ? {} : { publication: { "@type": "PublicationEvent", name: reprintText(paper), startDate: String(paper.reprint.year) } }),
  };
}

/**
 * A reference to a paper described in full elsewhere (on its overview page, under `id`): its @id, and its title when known.
 * Every page of a paper but its overview carries this, not the whole description again.
 */
export function articleReference(paper: PaperFacts, id: string): Record<string, unknown> {
  return { "@type": "ScholarlyArticle", "@id": id, ...(paper.title === undefined ? {} : { name: paper.title }) };
}

/**
 * The schema.org JSON-LD of a page: a WebPage of the site, about a paper or defining a term where it does.
 * `articleId` is the @id of the paper's full description (on the paper's overview page): a unit's page other than the
 * overview refers to it rather than repeating it.
 */
export function jsonLd(
  page: PageFacts,
  unit: CitationInput | undefined,
  term?: { name: string; alternateName: string; description?: string },
  articleId?: string,
): Record<string, unknown> {
  const paper = unit?.paper;
  const about =
    paper === undefined
      ? undefined
      : articleId === undefined || unit?.kind === "paper"
        ? scholarlyArticle(paper, articleId)
        : articleReference(paper, articleId);
  return {
    "@context": "https://schema.org",
    "@type": "WebPage",
    name: page.title,
    url: page.url,
    inLanguage: page.language,
    ...(page.description === "" ? {} : { description: page.description }),
    ...(page.modified === undefined ? {} : { dateModified: page.modified }),
    license: page.license,
    isPartOf: { "@type": "WebSite", name: page.siteName },
    ...(about === undefined ? {} : { about }),
    ...(term === undefined
      ? {}
      : {
          mainEntity: {
            "@type": "DefinedTerm",
            name: term.name,
            alternateName: term.alternateName,
            ...(term.description === undefined ? {} : { description: term.description }),
            url: page.url,
            inDefinedTermSet: { "@type": "DefinedTermSet", name: page.siteName },
          },
        }),
  };
}

/** JSON for an inline <script type="application/ld+json">, safe against a "</script>" inside strings. */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
