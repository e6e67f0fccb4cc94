/**
 * The search glossary: every citable unit's names (Chinese title, aliases, English title, id) with
 * where it lives. Built at build time (search/terms.json); the search page uses it to put a unit's
 * own page first when the query names it exactly, and to suggest close terms when nothing matches.
 */
import { compact, segmentWords, type ParsedQuery } from "./query.ts";

/** One unit in the glossary. */
export interface SearchTerm {
  /** The unit's id (as in its URL or anchor). */
  id: string;
  /** Absolute link to the unit (base path included, with #anchor for units inside a page). */
  href: string;
  /** Chinese title. */
  zh: string;
  /** English title (left out when it is the Chinese title, as for works cited in English). */
  en?: string;
  /** Other names: a concept's aliases, short forms of the title, the authors of a work cited. */
  aliases?: string[];
  /** The `kind` filter value of the page the unit is on. */
  kind: string;
  /** The papers the unit belongs to (`paper` filter values). */
  papers: string[];
}

/** The glossary file the search page loads. */
export interface SearchGlossary {
  terms: SearchTerm[];
  /** Traditional characters whose Simplified forms occur on the site (so a query with one needs converting). */
  traditional: string;
}

/** Every name of a unit in compact form (letters and digits only). */
function names(term: SearchTerm): string[] {
  return [term.zh, term.en ?? "", term.id, ...(term.aliases ?? [])].map(compact).filter((n) => n !== "");
}

/**
 * Units that the query names exactly: by title or id first, then by alias (a concept's aliases
 * before the short forms of other units' titles); concepts lead each group, then glossary order.
 */
export function exactTerms(parsed: ParsedQuery, glossary: SearchGlossary): SearchTerm[] {
  if (parsed.phrases.length > 1) return [];
  const query = compact(parsed.text);
  if (query === "") return [];
  const rank = (term: SearchTerm): number => {
    if ([term.zh, term.en ?? "", term.id].map(compact).includes(query)) return 0;
    if ((term.aliases ?? []).map(compact).includes(query)) return term.kind === "concept" ? 1 : 2;
    return 3;
  };
  return glossary.terms
    .map((term) => ({ term, rank: rank(term) }))
    .filter((t) => t.rank < 3)
    .sort((a, b) => a.rank - b.rank || Number(a.term.kind !== "concept") - Number(b.term.kind !== "concept"))
    .map((t) => t.term);
}

/** Character n-grams of a compact string (unigrams for Chinese, which carry meaning; trigrams for Latin). */
function grams(text: string): Set<string> {
  const chars = [...text];
  const n = /\p{Script=Han}/u.test(text) ? 1 : 3;
  const out = new Set<string>();
  if (chars.length <= n) out.add(text);
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(""));
  for (let i = 0; i + 2 <= chars.length && n === 1; i++) out.add(chars.slice(i, i + 2).join(""));
  return out;
}

/** Dice similarity of two strings' n-grams, 0 to 1. */
export function similarity(a: string, b: string): number {
  const ga = grams(a);
  const gb = grams(b);
  if (ga.size === 0 || gb.size === 0) return 0;
  let shared = 0;
  for (const g of ga) if (gb.has(g)) shared++;
  return (2 * shared) / (ga.size + gb.size);
}

/** Glossary terms close to a query that found nothing, best first (at most `limit`). */
export function suggestTerms(parsed: ParsedQuery, glossary: SearchGlossary, limit = 5): SearchTerm[] {
  const query = compact(parsed.text);
  if (query === "") return [];
  const scored = glossary.terms.map((term) => {
    const best = Math.max(...names(term).map((name) => (name.includes(query) || query.includes(name) ? 0.9 : similarity(query, name))));
    return { term, score: best };
  });
  return scored
    .filter((s) => s.score >= 0.4)
    .sort((a, b) => b.score - a.score || a.term.zh.length - b.term.zh.length)
    .slice(0, limit)
    .map((s) => s.term);
}

/**
 * The one word of a query that Pagefind is asked for. Pagefind loads one index chunk (about 30 kB) for each word it is
 * given that falls in another range of its sorted word list, and a query's words rarely share one: 新型举国体制 cost
 * four chunks as 新型|举|国|体制. The engine checks every candidate against the whole query itself (matchesText), so
 * asking for a single word finds the same pages, among more candidates. The word chosen is the one fewest glossary names
 * contain (`uses`, see commonWords: the site's own sense of how common a word is: 体制 and 技术 are in many, 揭榜 in
 * one), then the longest, then the first.
 */
export function pagefindWord(parsed: ParsedQuery, uses: Readonly<Record<string, number>>): string {
  let best: { word: string; uses: number; length: number } | undefined;
  for (const word of parsed.words) {
    const key = compact(word);
    if (key === "") continue;
    const candidate = { word, uses: uses[key] ?? 0, length: [...key].length };
    if (best === undefined || candidate.uses < best.uses || (candidate.uses === best.uses && candidate.length > best.length)) best = candidate;
  }
  return best?.word ?? parsed.words.join(" ");
}

/** A word of the glossary's names counts as common from this many names on (rarer words count as 0). */
const COMMON_FROM = 3;

/** The words of the glossary's names (as a query is segmented) that many names contain, with how many. */
export function commonWords(terms: readonly SearchTerm[]): Record<string, number> {
  const all = terms.flatMap(names);
  const vocabulary = new Set(
    terms.flatMap((t) => [t.zh, t.en ?? "", t.id, ...(t.aliases ?? [])].flatMap((n) => segmentWords(n.normalize("NFKC").toLowerCase()).map(compact))),
  );
  const out: Record<string, number> = {};
  for (const word of [...vocabulary].sort()) {
    if (word === "") continue;
    const uses = all.filter((n) => n.includes(word)).length;
    if (uses >= COMMON_FROM) out[word] = uses;
  }
  return out;
}

/**
 * The search page loads the glossary in parts (search/terms/common.json and one shard, search/terms/<n>.json) rather
 * than whole (search/terms.json, 18 kB, fetched only to suggest terms when nothing matched): what every query needs
 * (the Traditional characters, the common words, the papers of the entries inside pages), and the units whose names
 * start as the query starts, which are all exactTerms can find.
 */
export interface GlossaryCommon {
  traditional: string;
  /** See commonWords. */
  common: Record<string, number>;
  /** The papers of the entries inside pages (events, works cited; not comparisons), by link (see mentions.ts). */
  entries: [string, string[]][];
}

/** How many shards the glossary's units are spread over. */
export const GLOSSARY_SHARDS = 64;

/** The shard of a name or query in compact form: a hash of its first two characters. */
export function shardOf(key: string): number {
  const [a = "", b = ""] = [...key];
  return ((a.codePointAt(0) ?? 0) * 31 + (b.codePointAt(0) ?? 0)) % GLOSSARY_SHARDS;
}

/** The part of the glossary every query needs. */
export function glossaryCommon(glossary: SearchGlossary): GlossaryCommon {
  return {
    traditional: glossary.traditional,
    common: commonWords(glossary.terms),
    entries: glossary.terms.filter((t) => t.href.includes("#") && t.kind !== "comparison").map((t) => [t.href, t.papers]),
  };
}

/** The units of one shard: those with a name in it (in glossary order). */
export function glossaryShard(glossary: SearchGlossary, shard: number): SearchTerm[] {
  return glossary.terms.filter((t) => names(t).some((n) => shardOf(n) === shard));
}

/** Where the search engine gets the glossary from: in parts (the search page) or whole (tests). */
export interface GlossarySource {
  common(): Promise<GlossaryCommon>;
  shard(n: number): Promise<SearchTerm[]>;
  /** The whole glossary (to suggest close terms). */
  full(): Promise<SearchGlossary>;
}

/** A source over the whole glossary, already loaded or loading. */
export function wholeGlossary(glossary: Promise<SearchGlossary>): GlossarySource {
  let common: Promise<GlossaryCommon> | undefined;
  return {
    common: () => (common ??= glossary.then(glossaryCommon)),
    shard: (n) => glossary.then((g) => glossaryShard(g, n)),
    full: () => glossary,
  };
}

/** A source that fetches the parts as the search page does: `load` reads a file of the edition's search/ folder. */
export function glossaryFiles(load: (path: string) => Promise<unknown>): GlossarySource {
  const once = new Map<string, Promise<unknown>>();
  const get = (path: string): Promise<unknown> => {
    let p = once.get(path);
    if (p === undefined) once.set(path, (p = load(path)));
    return p;
  };
  return {
    common: () => get("terms/common.json") as Promise<GlossaryCommon>,
    shard: (n) => get(`terms/${n}.json`) as Promise<SearchTerm[]>,
    full: () => get("terms.json") as Promise<SearchGlossary>,
  };
}
