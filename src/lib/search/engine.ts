/**
 * The search itself, shared by the search page and the Node tests: parse the query (converting
 * Traditional characters when needed), ask Pagefind, put the unit the query names exactly first,
 * check every result really contains the query (Pagefind's prefix fallbacks can match a stray
 * letter), and count results per filter choice.
 */
import { loadToSimplified, needsConversion, type ToSimplified } from "./convert.ts";
import { KIND_CHOICES, kindCount, passesFilters, toPagefindFilters, type PagefindFilters, type PaperChoice, type SearchState } from "./filters.ts";
import { compact, containsChunks, matchesText, parseQuery, toPagefindQuery, type ParsedQuery } from "./query.ts";
import { exactTerms, suggestTerms, type SearchGlossary, type SearchTerm } from "./terms.ts";

/** A section of a page that matched: its heading and anchored link. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
/** What Pagefind returns for one page. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
/** The part of Pagefind's API the engine uses (the browser bundle and the Node tests both provide it). */
export interface PagefindApi {
  search(term: string, options?: { filters?: PagefindFilters }): Promise<{ results: { data(): Promise<PagefindData> }[]; filters: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}

/** One result as the page shows it. */
export interface SearchHit {
  url: string;
  title: string;
  titleEn: string;
  kinds: string[];
  papers: string[];
  /** Pagefind's excerpt: escaped text with <mark> around matches; empty for a glossary hit not in the index. */
  excerpt: string;
  /** Matching sections of the page (heading and anchored link), best first. */
  sections: PagefindSubResult[];
  /** The query names this unit exactly (title, alias or id). */
  exact: boolean;
}

/** Counts of results for every filter choice (each count with the other filter applied). */
export interface FilterCountsByChoice {
  paper: Record<PaperChoice | "all", number>;
  /** By kind choice (see KIND_CHOICES), and "all". */
  kind: Readonly<Record<string, number>>;
}

/** The outcome of one search. */
export interface SearchOutcome {
  query: ParsedQuery;
  /** The Simplified text searched for, when the query was converted from Traditional characters. */
  converted: string | null;
  hits: SearchHit[];
  /** Number of matching pages (exact when `complete`, otherwise Pagefind's count less the rejects seen so far). */
  total: number;
  complete: boolean;
  counts: FilterCountsByChoice;
  /** Close glossary terms, when nothing matched. */
  suggestions: SearchTerm[];
}

/**
 * Options given to Pagefind before it loads. Matches in a unit's title count most, then its English
 * title and id (Pagefind's metadata ranking); excerpts run to 40 words, about 60 Chinese characters.
 */
/**
 * The options the search page hands Pagefind, and the benchmark with it. No `noWorker`: Pagefind decodes and searches
 * in its web worker, keeping the page's thread free while the index loads.
 */
export const PAGEFIND_OPTIONS = { excerptLength: 40, ranking: { metaWeights: { title: 6, title_words: 6, title_en: 4, id: 3 } } };

/** How many checked results the search page shows at first, and adds with "more". */
export const SEARCH_PAGE_SIZE = 10;

/** How many candidates to check per round while filling a page of results (each is one small fragment file). */
const BATCH = 10;

/** The search engine over one Pagefind index and one glossary. */
export class SearchEngine {
  private readonly pagefind: PagefindApi;
  private readonly glossary: Promise<SearchGlossary>;
  private readonly toSimplified: () => Promise<ToSimplified>;
  private readonly kinds: Promise<string[]>;

  constructor(pagefind: PagefindApi, glossary: Promise<SearchGlossary>, toSimplified: () => Promise<ToSimplified> = loadToSimplified) {
    this.pagefind = pagefind;
    this.glossary = glossary;
    this.toSimplified = toSimplified;
    // Loading every filter chunk once (a few kB) makes Pagefind return counts with each search.
    this.kinds = pagefind.filters().then((all) => Object.keys(all["kind"] ?? {}));
  }

  /** Search for a state's query with its filters, returning at least `limit` checked hits when there are that many. */
  async search(state: SearchState, limit = 10): Promise<SearchOutcome> {
    const glossary = await this.glossary;
    const kinds = await this.kinds;
    let query = parseQuery(state.q);
    let converted: string | null = null;
    if (needsConversion(query.raw, glossary.traditional)) {
      const simplified = (await this.toSimplified())(query.raw);
      if (simplified !== query.raw) {
        query = parseQuery(simplified);
        converted = simplified;
      }
    }
    const empty: FilterCountsByChoice = { paper: { all: 0, a: 0, b: 0, both: 0 }, kind: Object.fromEntries(["all", ...KIND_CHOICES].map((k) => [k, 0])) };
    if (query.words.length === 0) return { query, converted, hits: [], total: 0, complete: true, counts: empty, suggestions: [] };

    const term = toPagefindQuery(query);
    const [response, counts] = await Promise.all([this.pagefind.search(term, { filters: toPagefindFilters(state, kinds) }), this.countChoices(term, state, kinds)]);
    const candidates = response?.results ?? [];
    const pins = exactTerms(query, glossary).filter((t) => passesFilters(t.kind, t.papers, state, kinds));
    const pinHits = new Map(pins.map((t) => [pathOf(t.href), pinnedHit(t)]));

    const hits: SearchHit[] = [];
    const unbroken = new Set<SearchHit>();
    let checked = 0;
    let rejected = 0;
    while (checked < candidates.length && hits.length < limit) {
      const batch = candidates.slice(checked, checked + BATCH);
      checked += batch.length;
      for (const data of await Promise.all(batch.map((c) => c.data()))) {
        const haystack = [data.content, ...Object.values(data.meta)].join(" ");
        if (!matchesText(query, haystack)) {
          rejected++;
          continue;
        }
        const pin = pinHits.get(pathOf(data.url));
        if (pin !== undefined) {
          mergeInto(pin, data);
          continue;
        }
        const hit = toHit(data);
        hits.push(hit);
        if (containsChunks(query, haystack)) unbroken.add(hit);
      }
    }
    hits.sort(byTitleMatch(query, unbroken));
    const complete = checked >= candidates.length;
    const missingPins = [...pinHits.values()].filter((p) => p.excerpt === "").length;
    const all = [...pinHits.values(), ...hits];
    const total = candidates.length - rejected + (complete ? missingPins : 0);
    return { query, converted, hits: all, total: Math.max(total, all.length), complete, counts, suggestions: all.length === 0 ? suggestTerms(query, glossary) : [] };
  }

  /** Count results for each paper choice (with the kind filter) and each kind choice (with the paper filter). */
  private async countChoices(term: string, state: SearchState, kinds: string[]): Promise<FilterCountsByChoice> {
    const byKind = toPagefindFilters({ paper: null, kind: state.kind }, kinds);
    const byPaper = toPagefindFilters({ paper: state.paper, kind: null }, kinds);
    const [kindOnly, kindAndA, paperOnly] = await Promise.all([
      this.pagefind.search(term, { filters: byKind }),
      this.pagefind.search(term, { filters: { ...byKind, paper: "paper-a" } }),
      this.pagefind.search(term, { filters: byPaper }),
    ]);
    const papers = kindOnly?.filters["paper"] ?? {};
    const paperCounts: Record<PaperChoice | "all", number> = { all: kindOnly?.results.length ?? 0, a: papers["paper-a"] ?? 0, b: papers["paper-b"] ?? 0, both: kindAndA?.filters["paper"]?.["paper-b"] ?? 0 };
    const kindValues = paperOnly?.filters["kind"] ?? {};
    const kindCounts = Object.fromEntries([["all", paperOnly?.results.length ?? 0], ...KIND_CHOICES.map((k): [string, number] => [k, kindCount(k, kindValues)])]);
    return { paper: paperCounts, kind: kindCounts };
  }
}

/**
 * Order checked hits by how their titles match the query: same title, title starting with the
 * query, title containing it (shorter titles first: they are more about it); then pages that hold the query's parts unbroken
 * before pages where its words stand apart; Pagefind's order otherwise. Pagefind cannot tell these
 * apart when the query occurs on nearly every page (举国体制 does), so its scores tie.
 */
export function byTitleMatch(query: ParsedQuery, unbroken: ReadonlySet<SearchHit>): (a: SearchHit, b: SearchHit) => number {
  const q = compact(query.text);
  const rank = (hit: SearchHit): [number, number] => {
    const titles = [hit.title, hit.titleEn].map(compact).filter((t) => t !== "");
    const rest: [number, number] = [unbroken.has(hit) ? 3 : 4, 0];
    if (q === "" || titles.length === 0) return rest;
    if (titles.includes(q)) return [0, 0];
    const starting = titles.filter((t) => t.startsWith(q));
    if (starting.length > 0) return [1, Math.min(...starting.map((t) => t.length))];
    const containing = titles.filter((t) => t.includes(q));
    return containing.length > 0 ? [2, Math.min(...containing.map((t) => t.length))] : rest;
  };
  const ranks = new Map<SearchHit, [number, number]>();
  const of = (hit: SearchHit): [number, number] => {
    let r = ranks.get(hit);
    if (r === undefined) ranks.set(hit, (r = rank(hit)));
    return r;
  };
  return (a, b) => of(a)[0] - of(b)[0] || of(a)[1] - of(b)[1];
}

/** The path of a URL (without #anchor). */
function pathOf(url: string): string {
  return url.split("#")[0] ?? url;
}

function toHit(data: PagefindData): SearchHit {
  return {
    url: data.url,
    title: data.meta["title"] ?? data.url,
    titleEn: data.meta["title_en"] ?? "",
    kinds: data.filters["kind"] ?? [],
    papers: data.filters["paper"] ?? [],
    excerpt: data.excerpt,
    sections: data.sub_results.filter((s) => s.url !== data.url),
    exact: false,
  };
}

function pinnedHit(term: SearchTerm): SearchHit {
  return { url: term.href, title: term.zh, titleEn: term.en ?? "", kinds: [term.kind], papers: term.papers, excerpt: "", sections: [], exact: true };
}

/** Give a glossary hit its page's excerpt and sections (the section it names first). */
function mergeInto(pin: SearchHit, data: PagefindData): void {
  const anchored = data.sub_results.filter((s) => s.url === pin.url);
  pin.excerpt = anchored[0]?.excerpt ?? data.excerpt;
  pin.sections = data.sub_results.filter((s) => s.url !== pin.url && s.url !== data.url);
}
