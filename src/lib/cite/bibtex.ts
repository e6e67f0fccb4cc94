import type { CslItem, CslName } from "./csl-types.ts";

/**
 * BibTeX written for the readers scholars use (biblatex/biber, BibTeX, pandoc, Zotero), from the site's CSL items.
 *
 * - Entry types both BibTeX and biblatex know, as Zotero and pandoc import them: @article, @book, @incollection,
 *   @inproceedings, @techreport, @phdthesis (with `school`), and @online for web pages (Zotero: "webpage"; @misc
 *   would come in as a book or document).
 * - The full date: `date = {2026-11-23}` (biblatex, pandoc, Zotero), after `year` and `month = nov` for classic BibTeX;
 *   Zotero takes the last of them, so `date` comes last.
 * - The URL once, in `url` (no `howpublished` copy, which citeproc prints as the publisher).
 * - The language as `langid` (biblatex, pandoc) and `language` (BibTeX styles, Zotero), as a BCP 47 tag.
 * - Names "family, given" joined by "and"; an institution in double braces so no reader splits it.
 */

const TYPES: Record<CslItem["type"], string> = {
  "article-journal": "article",
  book: "book",
  chapter: "incollection",
  "paper-conference": "inproceedings",
  report: "techreport",
  thesis: "phdthesis",
  webpage: "online",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** Escape the characters BibTeX gives a meaning to in a field's text. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/[{}]/g, "")
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

/** A title whose capitals stay as printed: every Latin word with a capital letter is braced (sentence-casing styles leave it alone). */
function title(text: string): string {
  return escapeBibtex(text).replace(/(?<!\\)[A-Za-z][A-Za-z0-9'’-]*/g, (word) => (/[A-Z]/.test(word) ? `{${word}}` : word));
}

function name(n: CslName): string {
  if ("literal" in n) return `{${escapeBibtex(n.literal)}}`;
  return n.given === undefined ? `{${escapeBibtex(n.family)}}` : `${escapeBibtex(n.family)}, ${escapeBibtex(n.given)}`;
}

/** One field line; `raw` values (macros, URLs) are written as given. */
type Field = [key: string, value: string | undefined, kind?: "braced" | "macro" | "raw"];

function line([key, value, kind = "braced"]: Field): string {
  return kind === "macro" ? `\t${key} = ${value},` : `\t${key} = {${value}},`;
}

/** The date fields of an item: year, month (a macro) and the full ISO date where the item has a day. */
function dateFields(item: CslItem): Field[] {
  const [year, month, day] = item.issued?.["date-parts"][0] ?? [];
  if (year === undefined) return [];
  const fields: Field[] = [["year", String(year)]];
  if (month !== undefined) fields.push(["month", MONTHS[month - 1], "macro"]);
  const pad = (n: number) => String(n).padStart(2, "0");
  if (month !== undefined) fields.push(["date", day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`]);
  return fields;
}

/** One BibTeX entry. */
export function bibtexEntry(item: CslItem): string {
  const type = TYPES[item.type];
  const container = item["container-title"] === undefined ? undefined : title(item["container-title"]);
  const editors = item.editor === undefined ? undefined : item.editor.map(name).join(" and ");
  const byType: Record<CslItem["type"], Field[]> = {
    "article-journal": [["journal", container]],
    book: [["publisher", item.publisher === undefined ? undefined : escapeBibtex(item.publisher)]],
    chapter: [
      ["booktitle", container],
      ["editor", editors],
      ["publisher", item.publisher === undefined ? undefined : escapeBibtex(item.publisher)],
    ],
    "paper-conference": [
      ["booktitle", container],
      ["editor", editors],
      ["publisher", item.publisher === undefined ? undefined : escapeBibtex(item.publisher)],
    ],
    report: [["institution", item.publisher === undefined ? undefined : escapeBibtex(item.publisher)]],
    thesis: [["school", item.publisher === undefined ? undefined : escapeBibtex(item.publisher)]],
    webpage: [],
  };
  const fields: Field[] = [
    ["author", item.author === undefined ? undefined : item.author.map(name).join(" and ")],
    ["title", item.title === undefined ? undefined : title(item.title)],
    ...byType[item.type],
    ["volume", item.volume === undefined ? undefined : escapeBibtex(item.volume)],
    ["number", item.issue === undefined ? undefined : escapeBibtex(item.issue)],
    ["pages", item.page === undefined ? undefined : escapeBibtex(item.page).replace(/(\d)\s*[-–]\s*(\d)/g, "$1--$2")],
    ["version", item.version === undefined ? undefined : escapeBibtex(item.version)],
    ...dateFields(item),
    ["url", item.URL, "raw"],
    ["keywords", item.keyword === undefined ? undefined : escapeBibtex(item.keyword.split(/\s*;\s*/).join(", "))],
    ["langid", item.language],
    ["language", item.language],
  ];
  const present = fields.filter((f) => f[1] !== undefined && f[1] !== "");
  return [`@${type}{${item.id},`, ...present.map(line), "}"].join("\n");
}

/** BibTeX for a list of items, one entry after another. */
export function toBibtexEntries(items: readonly CslItem[]): string {
  return items.map(bibtexEntry).join("\n\n") + "\n";
}
