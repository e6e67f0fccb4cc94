/**
 * The CSL-JSON shapes the site writes: shared by the formatter (cite-format.ts) and the citation
 * builder (citations.ts), so that neither imports the other for its types.
 */

/** A name in CSL-JSON: a person (family, given) or an institution (literal). */
export type CslName = { family: string; given?: string } | { literal: string };

/** The CSL-JSON fields the site fills (only known fields are ever set). */
export interface CslItem {
  id: string;
  type: "article-journal" | "book" | "chapter" | "paper-conference" | "report" | "thesis" | "webpage";
  language?: string;
  title?: string;
  author?: CslName[];
  editor?: CslName[];
  "container-title"?: string;
  publisher?: string;
  issued?: { "date-parts": number[][] };
  accessed?: { "date-parts": number[][] };
  volume?: string;
  issue?: string;
  page?: string;
  keyword?: string;
  note?: string;
  /** The edition of a site page (the site's edition label). */
  version?: string;
  URL?: string;
}
