/**
 * The search itself, shared by the search page and the Node tests: parse the query (converting
 * Traditional characters when needed), ask Pagefind, put the unit the query names exactly first,
 * check every result really contains the query (Pagefind's prefix fallbacks can match a stray
 * letter), and count results per filter choice. A count is the number of pages the choice lists:
 * every candidate is checked the same way, and a page counts for a paper as mentions.ts rules.
 */
import { loadToSimplified, needsConversion, type ToSimplified } from "./convert.ts";
import { KIND_CHOICES, PAPER_CHOICES, passesFilters, toPagefindFilters, type PagefindFilters, type PaperChoice, type SearchState } from "./filters.ts";
import { excerptText, highlight, highlightTerms } from "./highlight.ts";
import { mentionedPapers } from "./mentions.ts";
import { excerptAround, pageWords, partRange, sliceWords, wordsText, type PageAnchor, type PageWords } from "./page-text.ts";
import { compact, compactText, containsChunks, holds, matchesText, parseQuery, type ParsedQuery } from "./query.ts";
import {
  exactTerms,
  pagefindWord,
  shardOf,
  suggestTerms,
  wholeGlossary,
  type GlossaryCommon,
  type GlossarySource,
  type SearchGlossary,
  type SearchTerm,
} from "./terms.ts";

/** A section of a page that matched: its heading and anchored link. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The element that opens the section (absent for the part of the page before the first one). */
  anchor?: PageAnchor;
}
/** What Pagefind returns for one page. */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  /** The page's words joined by zero-width spaces (Chinese) or spaces, escaped; word positions index into it. */
  raw_content?: string;
  /** Elements with an id, at their word positions. */
  anchors?: PageAnchor[];
}
type FilterCounts = Record<string, Record<string, number> | undefined>;
/** One candidate Pagefind found, its data loaded on demand (one small fragment file, cached by Pagefind). */
interface PagefindResult {
  /** Pagefind's score for the page (higher is better; candidates come best first). */
  score?: number;
  data(): Promise<PagefindData>;
}
/** The part of Pagefind's API the engine uses (the browser bundle and the Node tests both provide it). */
export interface PagefindApi {
  search(term: string, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[]; filters: FilterCounts } | null>;
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

/** The results of one search, before the counts: as many checked hits as asked for. */
export interface SearchList {
  query: ParsedQuery;
  /** The Simplified text searched for, when the query was converted from Traditional characters. */
  converted: string | null;
  hits: SearchHit[];
  /** Number of matching pages so far: Pagefind's candidates less those checked and rejected (exact when `complete`). */
  total: number;
  /** Every candidate has been checked: `hits` lists every result. */
  complete: boolean;
  /** Close glossary terms, when nothing matched. */
  suggestions: SearchTerm[];
}

/** The counts of one search: how many pages each filter choice lists, and the choice made. */
export interface SearchCounts {
  counts: FilterCountsByChoice;
  /** Number of pages the state's own filters list. */
  total: number;
}

/** The outcome of one search: its results and its exact counts. */
export interface SearchOutcome extends SearchList {
  /** Number of matching pages under the state's filters (exact). */
  total: number;
  counts: FilterCountsByChoice;
}

/**
 * Options given to Pagefind before it loads. Matches in a unit's title count most, then its English
 * title and id (Pagefind's metadata ranking); excerpts run to 40 words, about 60 Chinese characters.
 */
/**
 * The options the search page hands Pagefind, and the benchmark with it. The page adds `noWorker` (see
 * src/client/search-app.ts): Pagefind's worker script costs 12 KB before the first results; without it Pagefind inflates
 * fragments on the page's thread, so the counts load and check them in short rounds (tests/e2e/layout-shift.test.ts
 * holds the blocking time under 250 ms).
 */
export const PAGEFIND_OPTIONS = { excerptLength: 40, ranking: { metaWeights: { title: 6, title_words: 6, title_en: 4, id: 3 } } };

/** How many checked results the search page lists, and adds with "more". */
export const SEARCH_PAGE_SIZE = 10;

/**
 * The first results: how many checked results the search page shows first (a phone's first screen holds two or three,
 * a desktop's about five), before it checks the rest of its first page. Their order never changes once shown: the
 * rest of the page follows them (see SearchEngine.list). The transfer budget of issue #15 runs to these.
 */
export const FIRST_RESULTS = 5;

/** How many candidates to check per round while filling a page of results (each is one small fragment file). */
const BATCH = 10;
/** A candidate scored at least this share of the last first result's score is checked with the first results… */
const TIED = 0.97;
/** …up to this many such candidates. */
const TIED_EXTRA = 2;
/** How many candidates to check per round while counting. */
const COUNT_BATCH = 8;

/** A query ready to search: parsed (and converted), with what the checks need. */
interface Prepared {
  query: ParsedQuery;
  converted: string | null;
  common: GlossaryCommon;
  kinds: string[];
  /** Units the query names exactly (see exactTerms), by the path of their page. */
  pins: Map<string, SearchTerm>;
  /** The word Pagefind is asked for (see pagefindWord). */
  word: string;
}

/** A candidate that passed the check: its kind and the papers it counts for. */
interface Checked {
  kind: string;
  papers: string[];
}

/** The search engine over one Pagefind index and one glossary. */
export class SearchEngine {
  private readonly pagefind: PagefindApi;
  private readonly glossary: GlossarySource;
  private readonly toSimplified: () => Promise<ToSimplified>;
  private kinds: Promise<string[]> | undefined;
  private entries: Map<string, readonly string[]> | undefined;
  private converter: Promise<ToSimplified> | undefined;

  /** `glossary`: the whole glossary (tests), or its parts as the search page fetches them (see GlossarySource). */
  constructor(pagefind: PagefindApi, glossary: Promise<SearchGlossary> | GlossarySource, toSimplified: () => Promise<ToSimplified> = loadToSimplified) {
    this.pagefind = pagefind;
    this.glossary = glossary instanceof Promise ? wholeGlossary(glossary) : glossary;
    this.toSimplified = toSimplified;
  }

  /** Search for a state's query with its filters: at least `limit` checked hits when there are that many, and the exact counts. */
  async search(state: SearchState, limit = SEARCH_PAGE_SIZE): Promise<SearchOutcome> {
    const [list, counted] = await Promise.all([this.list(state, limit), this.count(state)]);
    return { ...list, total: counted.total, counts: counted.counts };
  }

  /** The first `limit` checked hits for a state (the search page shows these before the counts are in). */
  async list(state: SearchState, limit = SEARCH_PAGE_SIZE): Promise<SearchList> {
    const p = await this.prepare(state);
    const { query, converted, kinds } = p;
    if (query.words.length === 0) return { query, converted, hits: [], total: 0, complete: true, suggestions: [] };

    const response = await this.pagefind.search(p.word, { filters: toPagefindFilters(state, kinds) });
    const candidates = response?.results ?? [];
    const pinHits = new Map([...p.pins].filter(([, t]) => passesFilters(t.kind, t.papers, state, kinds)).map(([path, t]) => [path, pinnedHit(t)]));

    const hits: SearchHit[] = [];
    const unbroken = new Set<SearchHit>();
    let checked = 0;
    let rejected = 0;
    const take = async (n: number): Promise<void> => {
      const batch = candidates.slice(checked, checked + n);
      checked += batch.length;
      for (const data of await Promise.all(batch.map((c) => c.data()))) {
        const check = this.check(p, data);
        if (check === null || !passesFilters(check.kind, check.papers, state, kinds)) {
          rejected++;
          continue;
        }
        const pin = pinHits.get(pathOf(data.url));
        if (pin !== undefined) {
          mergeInto(pin, data, query);
          continue;
        }
        const hit = toHit(data, query);
        hits.push(hit);
        if (containsChunks(query, haystackOf(data))) unbroken.add(hit);
      }
    };
    // The units the query names (pins) lead the page and count towards its size. Each round fetches only as many
    // fragments as results are still missing, so the first results cost about their own number of fragments.
    const fill = async (size: number): Promise<void> => {
      const missing = (): number => size - pinHits.size - hits.length;
      while (checked < candidates.length && missing() > 0) await take(Math.min(BATCH, missing()));
    };
    // The first results: FIRST_RESULTS, and the candidates Pagefind scores as high as the last of them (it cannot tell
    // them apart; a unit whose title holds the query may be among them: 核心技术 finds 关键核心技术攻关 seventh), at
    // most TIED_EXTRA more. They are ordered among themselves and the rest of the page follows: it never reorders them.
    await fill(Math.min(limit, FIRST_RESULTS));
    const last = candidates[checked - 1]?.score;
    let tied = 0;
    while (last !== undefined && tied < TIED_EXTRA && (candidates[checked + tied]?.score ?? 0) >= last * TIED) tied++;
    await take(tied);
    const order = byTitleMatch(query, unbroken);
    const first = hits.splice(0).sort(order);
    await fill(limit - first.length);
    hits.sort(order).unshift(...first);
    const complete = checked >= candidates.length;
    const missingPins = [...pinHits.values()].filter((h) => h.excerpt === "").length;
    const all = [...pinHits.values(), ...hits];
    const total = candidates.length - rejected + (complete ? missingPins : 0);
    return {
      query,
      converted,
      hits: all,
      total: Math.max(total, all.length),
      complete,
      suggestions: all.length === 0 ? suggestTerms(query, await this.glossary.full()) : [],
    };
  }

  /**
   * Count the pages each filter choice lists: every paper choice with the state's kind filter, every kind choice with
   * its paper filter. Checks every candidate (one fragment file each), as the list does.
   */
  async count(state: SearchState): Promise<SearchCounts> {
    const p = await this.prepare(state, true);
    const paper: Record<PaperChoice | "all", number> = { all: 0, a: 0, b: 0, both: 0 };
    const kind: Record<string, number> = Object.fromEntries(["all", ...KIND_CHOICES].map((k) => [k, 0]));
    if (p.query.words.length === 0) return { counts: { paper, kind }, total: 0 };

    const candidates = (await this.pagefind.search(p.word))?.results ?? [];
    const found = new Map<string, Checked>();
    // The fragments are asked for in rounds, the next round's while this one's are checked, yielding between rounds:
    // Pagefind inflates each fragment on the page's thread (the search page starts no worker), and checking and
    // inflating a hundred pages at once would hold it for half a second.
    const round = (i: number): Promise<PagefindData[]> => Promise.all(candidates.slice(i, i + COUNT_BATCH).map((c) => c.data()));
    let next = round(0);
    for (let i = 0; i < candidates.length; i += COUNT_BATCH) {
      const current = next;
      if (i > 0) await new Promise((resume) => setTimeout(resume, 0));
      const loaded = await current;
      next = round(i + COUNT_BATCH);
      await new Promise((resume) => setTimeout(resume, 0));
      for (const data of loaded) {
        const check = this.check(p, data);
        if (check !== null) found.set(pathOf(data.url), check);
      }
    }
    // A unit the query names counts even when its page is not among Pagefind's candidates.
    for (const [path, term] of p.pins) if (!found.has(path)) found.set(path, { kind: term.kind, papers: term.papers });

    let total = 0;
    const noPaper = { paper: null, kind: state.kind };
    const noKind = { paper: state.paper, kind: null };
    const add = (key: string): void => {
      kind[key] = (kind[key] ?? 0) + 1;
    };
    for (const page of found.values()) {
      const passes = (filters: Pick<SearchState, "paper" | "kind">): boolean => passesFilters(page.kind, page.papers, filters, p.kinds);
      if (passes(state)) total++;
      if (passes(noPaper)) {
        paper.all++;
        for (const choice of PAPER_CHOICES) if (passes({ ...noPaper, paper: choice })) paper[choice]++;
      }
      if (passes(noKind)) {
        add("all");
        for (const choice of KIND_CHOICES) if (passes({ ...noKind, kind: choice })) add(choice);
      }
    }
    return { counts: { paper, kind }, total };
  }

  /** Parse the query (converting Traditional characters when needed) and find the units it names. */
  private async prepare(state: SearchState, needsKinds = false): Promise<Prepared> {
    const common = await this.glossary.common();
    // The kinds the index holds (its filter chunks, about 1 KB) are needed only to list the model elements' kinds: for
    // the 模型要素 choice and for the counts, which come after the first results.
    const kinds = needsKinds || state.kind === "element" ? await (this.kinds ??= this.pagefind.filters().then((all) => Object.keys(all["kind"] ?? {}))) : [];
    let query = parseQuery(state.q);
    let converted: string | null = null;
    if (needsConversion(query.raw, common.traditional)) {
      this.converter ??= this.toSimplified();
      const simplified = (await this.converter)(query.raw);
      if (simplified !== query.raw) {
        query = parseQuery(simplified);
        converted = simplified;
      }
    }
    // The units the query names exactly are all in the shard of its first characters.
    const key = compact(query.text);
    const terms = key === "" ? [] : await this.glossary.shard(shardOf(key));
    const pins = new Map<string, SearchTerm>();
    for (const term of exactTerms(query, { terms, traditional: common.traditional })) if (!pins.has(pathOf(term.href))) pins.set(pathOf(term.href), term);
    return { query, converted, common, kinds, pins, word: pagefindWord(query, common.common) };
  }

  /**
   * Whether a candidate really contains the query, and if so its kind and the papers it counts for: those of the unit
   * the query names on it, and those mentions.ts finds.
   */
  private check(p: Prepared, data: PagefindData): Checked | null {
    if (!matchesText(p.query, haystackOf(data))) return null;
    this.entries ??= new Map(p.common.entries);
    const papers = mentionedPapers(
      p.query,
      {
        url: data.url,
        papers: data.filters["paper"] ?? [],
        names: [data.meta["title"], data.meta["title_en"], data.meta["id"]].filter((n): n is string => n !== undefined),
        rawContent: data.raw_content ?? "",
        anchors: data.anchors ?? [],
      },
      this.entries,
    );
    const pin = p.pins.get(pathOf(data.url));
    const all = pin === undefined ? papers : (data.filters["paper"] ?? []).filter((x) => papers.includes(x) || pin.papers.includes(x));
    return { kind: data.filters["kind"]?.[0] ?? "", papers: all };
  }
}

/** The text a candidate is checked against: its indexed content and its metadata. */
function haystackOf(data: PagefindData): string {
  return [data.content, ...Object.values(data.meta)].join(" ");
}

/**
 * Order checked hits by how their titles match the query: same title, title starting with the query, title containing
 * it (shorter titles first: they are more about it); then pages with a matching section whose heading starts with the
 * query (the comparison "Periodisation and the policy trail" for periodisation); then pages that hold the query's parts
 * unbroken before pages where its words stand apart; Pagefind's order otherwise. Pagefind cannot tell these apart when
 * the query occurs on nearly every page (举国体制 does), so its scores tie.
 */
export function byTitleMatch(query: ParsedQuery, unbroken: ReadonlySet<SearchHit>): (a: SearchHit, b: SearchHit) => number {
  const q = compact(query.text);
  const rank = (hit: SearchHit): [number, number] => {
    const titles = [hit.title, hit.titleEn].map(compact).filter((t) => t !== "");
    const rest: [number, number] = [unbroken.has(hit) ? 4 : 5, 0];
    if (q === "" || titles.length === 0) return rest;
    if (titles.includes(q)) return [0, 0];
    const starting = titles.filter((t) => t.startsWith(q));
    if (starting.length > 0) return [1, Math.min(...starting.map((t) => t.length))];
    const containing = titles.filter((t) => t.includes(q));
    if (containing.length > 0) return [2, Math.min(...containing.map((t) => t.length))];
    const sections = hit.sections.map((s) => compact(s.title)).filter((t) => t.startsWith(q));
    return sections.length > 0 ? [3, Math.min(...sections.map((t) => t.length))] : rest;
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

function toHit(data: PagefindData, query: ParsedQuery): SearchHit {
  const { excerpt, sections } = shown(data, query);
  return {
    url: data.url,
    title: data.meta["title"] ?? data.url,
    titleEn: data.meta["title_en"] ?? "",
    kinds: data.filters["kind"] ?? [],
    papers: data.filters["paper"] ?? [],
    excerpt,
    sections: sections.filter((s) => s.url !== data.url),
    exact: false,
  };
}

function pinnedHit(term: SearchTerm): SearchHit {
  return { url: term.href, title: term.zh, titleEn: term.en ?? "", kinds: [term.kind], papers: term.papers, excerpt: "", sections: [], exact: true };
}

/** Give a glossary hit its page's excerpt and sections (the section it names first). */
function mergeInto(pin: SearchHit, data: PagefindData, query: ParsedQuery): void {
  const { excerpt, sections } = shown(data, query);
  const anchored = sections.filter((s) => s.url === pin.url);
  pin.excerpt = anchored[0]?.excerpt ?? excerpt;
  pin.sections = sections.filter((s) => s.url !== pin.url && s.url !== data.url);
}

/** Whether an excerpt, highlighted for the query, shows one of its terms. */
function showsTerm(excerpt: string, query: ParsedQuery): boolean {
  return highlight(excerptText(excerpt), query).some((span) => span.mark);
}

/**
 * A page's excerpt and matching sections as the results show them. Pagefind picks its excerpts where its word pieces
 * match (for 互动者, wherever a 者 is), and lists every section holding a piece: here a section is kept only when its
 * text holds one of the query's terms that the results mark (see highlight.ts), and an excerpt that shows none of them
 * is cut again around the first place one occurs.
 */
function shown(data: PagefindData, query: ParsedQuery): { excerpt: string; sections: PagefindSubResult[] } {
  if (data.raw_content === undefined) return { excerpt: data.excerpt, sections: data.sub_results };
  const words = pageWords(data.raw_content);
  const terms = highlightTerms(query);
  const length = PAGEFIND_OPTIONS.excerptLength;
  const recut = (excerpt: string, part: PageWords): string => (showsTerm(excerpt, query) ? excerpt : (excerptAround(part, terms, length) ?? excerpt));
  // The anchors Pagefind cuts its sections at: headings with text, and elements with a data-pagefind-title.
  const cuts = (data.anchors ?? []).filter(
    (a) => (a.title !== undefined && /\S/.test(a.title)) || (/^h\d$/i.test(a.element) && a.text !== undefined && /\S/.test(a.text)),
  );
  const sections: PagefindSubResult[] = [];
  for (const section of data.sub_results) {
    const anchor = section.anchor === undefined ? undefined : cuts.find((a) => a.id === section.anchor?.id && a.location === section.anchor.location);
    const part = anchor === undefined ? words : sliceWords(words, partRange(anchor, cuts, words.list.length, true));
    const text = compactText(wordsText(part));
    if (anchor !== undefined && !terms.some((t) => holds(text, t))) continue;
    sections.push({ ...section, excerpt: recut(section.excerpt, part) });
  }
  return { excerpt: recut(data.excerpt, words), sections };
}
