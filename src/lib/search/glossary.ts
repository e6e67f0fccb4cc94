/**
 * Building the search glossary at build time (search/terms.json): the units' names with the
 * filter values of the pages they are on, and the Traditional characters the search page must
 * convert. Runs in Node only; the search page reads the result with terms.ts.
 */
import type { SearchTerm } from "./terms.ts";

/** A unit as the glossary needs it. */
export interface GlossaryUnit {
  id: string;
  href: string;
  titleZh: string;
  titleEn: string;
  /** Other names in the edition's language: a concept's aliases, the authors of a work cited (see authorAliases). */
  aliasesZh?: readonly string[];
  kind: string;
  papers: readonly string[];
}

/** Shape units into glossary terms (titles trimmed of parenthetical additions are kept as aliases). */
export function toSearchTerms(units: readonly GlossaryUnit[]): SearchTerm[] {
  return units.map((u) => {
    const bare = u.titleZh
      .replace(/[（(][^）)]*[）)]/g, "")
      .replace(/^[^：]{1,8}：/, "")
      .trim();
    const aliases = [...new Set([bare, ...(u.aliasesZh ?? [])])].filter((a) => a !== "" && a !== u.titleZh);
    return {
      id: u.id,
      href: u.href,
      zh: u.titleZh,
      ...(u.titleEn === u.titleZh || u.titleEn === u.id ? {} : { en: u.titleEn }),
      ...(aliases.length === 0 ? {} : { aliases }),
      kind: u.kind,
      papers: [...u.papers],
    };
  });
}

/** An author of a work cited: a person (family and given name) or an institution. */
export type AuthorName = { family: string; given?: string | undefined } | { literal: string };

/**
 * The names a reader may search a work cited by: each author's full name for a Chinese work (曾宪奎 in the Chinese
 * edition, Zeng Xiankui in the English one), the family name for a work in English (Lundvall), an institution's name.
 */
export function authorAliases(authors: readonly AuthorName[], language: string): string[] {
  return authors.map((a) => {
    if ("literal" in a) return a.literal;
    if (!language.startsWith("zh") || a.given === undefined) return a.family;
    return /\p{Script=Han}/u.test(a.family) ? `${a.family}${a.given}` : `${a.family} ${a.given}`;
  });
}

/** The source characters of an OpenCC dictionary ("src dst|src dst|…"), single characters only. */
export function dictionarySources(dictionary: string): string[] {
  return dictionary
    .split("|")
    .map((pair) => pair.split(" ")[0] ?? "")
    .filter((s) => [...s].length === 1);
}

/** Traditional characters (among `candidates`) whose Simplified form occurs in the site's text. */
export function traditionalCharacters(siteText: string, candidates: Iterable<string>, toSimplified: (text: string) => string): string {
  const used = new Set(siteText);
  const out = new Set<string>();
  for (const char of candidates) {
    const simplified = toSimplified(char);
    if (simplified !== char && [...simplified].every((c) => used.has(c))) out.add(char);
  }
  return [...out].sort().join("");
}
