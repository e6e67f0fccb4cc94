import type { HTMLElement } from "node-html-parser";

/**
 * What Zotero saves from a page, by the rules of its Embedded Metadata translator (zotero/translators,
 * "Embedded Metadata.js", which hands prefixed tags to "RDF.js"), written out here so tests can hold the
 * site's head tags to them. Only the rules that bear on this site's tags are modelled:
 *
 * - Item type: a Highwire tag that names a container decides it (citation_journal_title → journalArticle,
 *   citation_conference_title → conferencePaper, citation_book_title → bookSection, citation_dissertation_institution
 *   → thesis, citation_technical_report_institution → report). Otherwise the RDF translator takes a firm og:type
 *   (website → webpage, book → book) or a firm DC.type, then its default (citation_title's guess journalArticle,
 *   else webpage when there are prefixed tags), and only then weak guesses (og:type article, DC.type Text → journalArticle).
 * - Creators: each citation_author; a value with a comma is "last, first", one without is split at its last space,
 *   and a name with no space (a Chinese name written whole) is kept as one undivided field. Without citation_author,
 *   DC.creator by the same rule.
 * - Fields: citation_* first (title, date, journal, issue, language), then Dublin Core and Open Graph; a web page's
 *   website title is og:site_name; the abstract falls back to the description; rights from DC.rights.
 *
 * Zotero's own translation server cannot run in the tests: it is not published to any package registry this
 * project can install from (it is a git repository with submodules, run from source or a container image).
 */

export interface ZoteroCreator {
  lastName: string;
  firstName?: string;
  fieldMode?: 1;
}

export interface ZoteroItem {
  itemType: string;
  title?: string;
  creators: ZoteroCreator[];
  date?: string;
  publicationTitle?: string;
  websiteTitle?: string;
  issue?: string;
  language?: string;
  abstractNote?: string;
  rights?: string;
  url?: string;
}

const CONTAINER_TYPES: Record<string, string> = {
  citation_journal_title: "journalArticle",
  citation_technical_report_institution: "report",
  citation_conference_title: "conferencePaper",
  citation_conference: "conferencePaper",
  citation_book_title: "bookSection",
  citation_inbook_title: "bookSection",
  citation_dissertation_institution: "thesis",
};
const PREFIXES = ["dc", "dcterms", "og", "article", "book", "prism", "bib", "bibo", "eprints", "so"];

/** Zotero's cleanAuthor: "last, first" with a comma, else split at the last space; no space: one field. */
export function cleanAuthor(name: string): ZoteroCreator {
  const n = name.trim();
  if (n.includes(",")) {
    const [last = "", ...rest] = n.split(/\s*,\s*/);
    return { lastName: last, firstName: rest.join(", ") };
  }
  const space = n.lastIndexOf(" ");
  return space === -1 ? { lastName: n, fieldMode: 1 } : { lastName: n.slice(space + 1), firstName: n.slice(0, space) };
}

/** The item Zotero's Embedded Metadata translator makes of a page. */
export function zoteroItem(doc: HTMLElement): ZoteroItem {
  const metas = doc
    .querySelectorAll("head meta")
    .map((m) => ({ key: m.getAttribute("name") ?? m.getAttribute("property") ?? "", value: m.getAttribute("content") ?? "" }));
  const all = (key: string) => metas.filter((m) => m.key === key && m.value !== "").map((m) => m.value);
  const first = (...keys: string[]) => keys.map((k) => all(k)[0]).find((v) => v !== undefined);
  const lower = (key: string) => metas.find((m) => m.key.toLowerCase() === key.toLowerCase() && m.value !== "")?.value;

  const hwType = metas.map((m) => CONTAINER_TYPES[m.key]).find((t) => t !== undefined);
  const hwGuess = metas.some((m) => m.key === "citation_title" || m.key === "citation_series_title") ? "journalArticle" : undefined;
  const prefixed = metas.some((m) => PREFIXES.includes(m.key.split(/[.:_]/)[0]?.toLowerCase() ?? ""));
  const ogType = first("og:type");
  const dcType = lower("DC.type")?.toLowerCase().replace(/\s/g, "");
  const og = ogType === "website" ? "webpage" : ogType === "book" ? "book" : undefined;
  const dc = dcType === "webpage" || dcType === "homepage" ? "webpage" : dcType === "book" || dcType === "thesis" || dcType === "report" ? dcType : undefined;
  const guess = ogType === "article" || dcType === "text" ? "journalArticle" : undefined;
  const itemType = hwType ?? (prefixed ? (og ?? dc ?? hwGuess ?? "webpage") : (hwGuess ?? guess ?? "webpage"));

  const authors = all("citation_author");
  const creators = (authors.length > 0 ? authors : all("DC.creator")).map(cleanAuthor);
  const description = first("citation_abstract", "og:description", "DC.description", "description");
  const item: ZoteroItem = {
    itemType,
    creators,
    ...opt("title", first("citation_title", "DC.title", "og:title")),
    ...opt("date", first("citation_publication_date", "citation_date", "DC.date")),
    ...opt("issue", first("citation_issue")),
    ...opt("language", first("citation_language", "DC.language") ?? doc.querySelector("html")?.getAttribute("lang")),
    ...opt("abstractNote", description),
    ...opt("rights", lower("DC.rights")),
    ...opt("url", doc.querySelector('link[rel="canonical"]')?.getAttribute("href")),
  };
  if (itemType === "journalArticle") Object.assign(item, opt("publicationTitle", first("citation_journal_title")));
  if (itemType === "webpage") Object.assign(item, opt("websiteTitle", first("og:site_name")));
  return item;
}

function opt<K extends string>(key: K, value: string | undefined | null): Partial<Record<K, string>> {
  return value === undefined || value === null || value === "" ? {} : ({ [key]: value } as Record<K, string>);
}
