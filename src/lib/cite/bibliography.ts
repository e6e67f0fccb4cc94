import { pinyin } from "pinyin-pro";

/** A name as a footnote prints it: a person or an institution. */
export type BibName = { family: string; given?: string | undefined } | { literal: string };

/** The fields of a bibliography entry the short forms need. */
export interface BibInput {
  authors: readonly BibName[];
  etAl: boolean;
  year: number;
  language: string;
}

/** A name as a reader expects it: Chinese names joined, Western "Family G". */
export function formatName(name: BibName, language: string): string {
  if ("literal" in name) return name.literal;
  if (language === "zh-CN") return `${name.family}${name.given ?? ""}`;
  return name.given === undefined ? name.family : `${name.family} ${name.given}`;
}

/** Author–year short citation, e.g. "殷忠勇 2017" or "Freeman 2002". */
export function shortCitation(entry: BibInput): string {
  const first = entry.authors[0];
  if (first === undefined) return String(entry.year);
  const many = entry.authors.length > 1 || entry.etAl;
  const lead = "literal" in first ? first.literal : first.family;
  const name = entry.language === "zh-CN" ? formatName(first, entry.language) : lead;
  const suffix = many ? (entry.language === "zh-CN" ? "等" : " et al.") : "";
  return `${name}${suffix} ${entry.year}`;
}

/**
 * The key a bibliography is ordered by within a language: a Chinese entry's first author in pinyin with
 * tone numbers, the surname read as a surname (曾 zeng, not ceng; 单 shan); any other entry's first family name.
 */
export function authorSortKey(entry: Pick<BibInput, "authors" | "language">): string {
  const first = entry.authors[0];
  if (first === undefined) return "";
  if (entry.language !== "zh-CN") return "literal" in first ? first.literal : first.family;
  const name = "literal" in first ? first.literal : `${first.family}${first.given ?? ""}`;
  return pinyin(name, { surname: "literal" in first ? "off" : "head", toneType: "num", type: "array", nonZh: "consecutive" }).join(" ");
}

/** Order bibliography entries: Chinese first, then by first author (authorSortKey), then by year. */
export function compareBibliography(a: BibInput, b: BibInput): number {
  if (a.language !== b.language) return a.language === "zh-CN" ? -1 : b.language === "zh-CN" ? 1 : a.language.localeCompare(b.language);
  const [ka, kb] = [authorSortKey(a), authorSortKey(b)];
  return (a.language === "zh-CN" ? (ka < kb ? -1 : ka > kb ? 1 : 0) : ka.localeCompare(kb, "zh-CN")) || a.year - b.year;
}
