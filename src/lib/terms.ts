/** A concept's name as it is matched in running text, with where it links. */
export interface Term {
  term: string;
  id: string;
}

/** The strings that name a concept in running text: its title and its aliases (other names), each without a parenthetical addition. */
export function conceptTerms(id: string, titleZh: string, aliasesZh: readonly string[] = []): Term[] {
  // A parenthetical is a gloss, not part of the name: "Open competition for leading roles (jiebang guashuai)".
  const names = [titleZh, ...aliasesZh].map((n) => n.replace(/\s*[（(][^）)]*[）)]/g, "").trim()).filter((n) => [...n].length >= 2);
  return [...new Set(names)].map((term) => ({ term, id }));
}

/** Longest terms first, so that 新型举国体制 wins over 举国体制 at the same place. */
export function sortTerms(terms: readonly Term[]): Term[] {
  return [...terms].sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
}

/**
 * The earliest match in `text` of a term whose concept is not excluded: index and term. A longer
 * excluded term still covers its letters, so 举国体制 is never matched inside an already linked 新型举国体制.
 */
export function firstMatch(text: string, terms: readonly Term[], excluded: ReadonlySet<string>): { index: number; term: Term } | null {
  let from = 0;
  while (from < text.length) {
    let best: { index: number; term: Term } | null = null;
    for (const term of terms) {
      const index = indexOfTerm(text, term.term, from);
      if (index >= 0 && (best === null || index < best.index || (index === best.index && term.term.length > best.term.term.length))) best = { index, term };
    }
    if (best === null) return null;
    if (!excluded.has(best.term.id)) return best;
    from = best.index + best.term.term.length;
  }
  return null;
}

const LATIN = /[A-Za-z]/;
const latinPatterns = new Map<string, RegExp>();

/**
 * Where `term` occurs in `text` from `from`, or -1. A term with Latin letters (an English name) matches in any case
 * and only as whole words ("market" is not found in "marketing", nor "system" in "ecosystem"); a Chinese term matches
 * as written, anywhere.
 */
export function indexOfTerm(text: string, term: string, from = 0): number {
  if (!LATIN.test(term)) return text.indexOf(term, from);
  let pattern = latinPatterns.get(term);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "giu");
    latinPatterns.set(term, pattern);
  }
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** The ids of concepts mentioned in a text (by any of their terms). */
export function mentionedConcepts(text: string, terms: readonly Term[]): Set<string> {
  return new Set(terms.filter((t) => text.includes(t.term)).map((t) => t.id));
}
