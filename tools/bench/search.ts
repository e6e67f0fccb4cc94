/**
 * What the search page transfers from the moment the reader focuses it to the first results, for every query of the
 * search test sets (tests/search/queries.json, queries.en.json), in each edition. Each query runs on a fresh Pagefind
 * instance (an empty cache, as for a reader who has just opened the page) through the path the site ships: the search
 * page's own SearchEngine (query parsing and segmentation, glossary, result checks) with the same Pagefind options and
 * worker setting, and a `fetch` that records each file read. The search UI's script chunks (imported on focus) and
 * Pagefind's runtime count too. The filter counts, which the page fetches after showing the first results, are
 * weighed separately ("with counts").
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FIRST_RESULTS, PAGEFIND_OPTIONS, SearchEngine, type PagefindApi } from "../../src/lib/search/engine.ts";
import type { KindChoice, PaperChoice } from "../../src/lib/search/filters.ts";
import { parseQuery } from "../../src/lib/search/query.ts";
import { glossaryFiles, pagefindWord, type GlossarySource } from "../../src/lib/search/terms.ts";
import { lazyScripts, sizeOf, weighPage, type Asset } from "./weigh.ts";

/** 1 KB. */
const KB = 1024;

/** The budget of issue #15: bytes (gzip) transferred from focusing the search box to the first results, per query. */
export const SEARCH_BUDGET_BYTES = 150 * KB;

/** The options the search page gives Pagefind (src/lib/search/engine.ts, shared with src/client/search-app.ts). */
export const SEARCH_PAGE_PAGEFIND_OPTIONS: typeof PAGEFIND_OPTIONS & { noWorker?: boolean } = { ...PAGEFIND_OPTIONS, noWorker: true };

/** How many checked results the search page shows first (FIRST_RESULTS; candidates tied with the last may join them). */
export const RESULTS_SHOWN = FIRST_RESULTS;

/** An edition of the site: where its search page and glossary are, and the <html lang> Pagefind picks its index by. */
export interface Edition {
  name: "zh" | "en";
  /** Folder of the edition in dist/ ("" or "en/"). */
  dir: string;
  lang: "zh-CN" | "en";
  /** The edition's query set. */
  queries: string;
}

export const EDITIONS: readonly Edition[] = [
  { name: "zh", dir: "", lang: "zh-CN", queries: "tests/search/queries.json" },
  { name: "en", dir: "en/", lang: "en", queries: "tests/search/queries.en.json" },
];

/** A query of a test set (its expectations are the search tests' business). */
export interface SetQuery {
  q: string;
  paper?: PaperChoice;
  kind?: KindChoice;
}

/** The search page's cost for one query, in bytes (gzip). */
export interface SearchWeight {
  query: string;
  filters: string;
  /** The word handed to Pagefind (see pagefindWord). */
  searchedAs: string;
  /** The first results shown. */
  shown: number;
  /** Every file loaded up to the first results, in order: the UI's scripts, Pagefind's runtime, then what the query fetched. */
  files: Asset[];
  /** Total to the first results. */
  gzip: number;
  /** Total once the filter counts are in too. */
  withCounts: number;
}

/** The distribution over one edition's query set. */
export interface SearchSetWeight {
  edition: string;
  queries: number;
  median: number;
  worst: SearchWeight;
  /** Median and worst once the filter counts are in too. */
  withCounts: { median: number; worst: number };
  overBudget: string[];
  withinBudget: boolean;
  all: SearchWeight[];
}

interface PagefindInstance extends PagefindApi {
  init(): Promise<void>;
}
interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** One query set of the repository. */
export function readQuerySet(root: string, edition: Edition): SetQuery[] {
  return JSON.parse(readFileSync(join(root, edition.queries), "utf8")) as SetQuery[];
}

/** Weigh every query of an edition's set against the site built in `dist` (for "/"). */
export async function weighSearchSet(dist: string, edition: Edition, queries: readonly SetQuery[]): Promise<SearchSetWeight> {
  const all: SearchWeight[] = [];
  for (const q of queries) all.push(await weighSearch(dist, edition, q));
  const sorted = [...all].sort((a, b) => a.gzip - b.gzip);
  const worst = sorted.at(-1);
  if (worst === undefined) throw new Error(`no queries for the ${edition.name} edition`);
  const overBudget = all.filter((w) => w.gzip > SEARCH_BUDGET_BYTES).map((w) => `${w.query}${w.filters}`);
  const counts = all.map((w) => w.withCounts).sort((a, b) => a - b);
  return {
    edition: edition.name,
    queries: all.length,
    median: median(sorted.map((w) => w.gzip)),
    worst,
    withCounts: { median: median(counts), worst: counts.at(-1) ?? 0 },
    overBudget,
    withinBudget: overBudget.length === 0,
    all,
  };
}

/** Run one query on an edition's search path, on a fresh Pagefind instance, and weigh every file it loads. */
export async function weighSearch(dist: string, edition: Edition, set: SetQuery): Promise<SearchWeight> {
  const dir = join(dist, "pagefind");
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;
  const realDocument = Object.getOwnPropertyDescriptor(globalThis, "document");
  globalThis.fetch = recordingFetch(fetched);
  // Pagefind reads the page's language from <html lang>, and with it picks the index and the query's segmentation.
  Object.defineProperty(globalThis, "document", { configurable: true, value: pageDocument(edition.lang) });
  try {
    // One copy of the module per edition: Pagefind keeps state at module level (the language it picked, its loaded
    // wasm), and an edition weighed after the other in the same process would otherwise search with the other's.
    const module = (await import(`${pathToFileURL(join(dir, "pagefind.js")).href}?edition=${edition.name}`)) as PagefindModule;
    const pagefind = module.createInstance({ ...SEARCH_PAGE_PAGEFIND_OPTIONS, basePath: pathToFileURL(`${dir}/`).href, baseUrl: "/" });
    await pagefind.init();
    const glossary = loadGlossary(dist, edition);
    const engine = new SearchEngine(pagefind, glossary);
    const state = { q: set.q, paper: set.paper ?? null, kind: set.kind ?? null };
    const listed = await engine.list(state, RESULTS_SHOWN);
    const firstFetched = [...new Set(fetched)];
    await engine.count(state);
    const ui = lazyScripts(dist, weighPage(dist, "search", `${edition.dir}search/index.html`));
    const asset = (file: string): Asset => ({ url: `/${file.slice(dist.length + 1)}`, ...sizeOf(readFileSync(file)) });
    const runtime = runtimeFiles(dir);
    const files = [...ui, ...[...runtime, ...firstFetched].map(asset)];
    const gzip = total(files);
    const later = [...new Set(fetched)].filter((f) => !firstFetched.includes(f)).map(asset);
    const filters = [set.paper, set.kind]
      .filter((f) => f !== undefined)
      .map((f) => ` [${f}]`)
      .join("");
    return {
      query: set.q,
      filters,
      // The common part is loaded already (and kept): asking again fetches nothing.
      searchedAs: pagefindWord(parseQuery(listed.converted ?? set.q), (await glossary.common()).common),
      shown: listed.hits.length,
      files,
      gzip,
      withCounts: gzip + total(later),
    };
  } finally {
    globalThis.fetch = realFetch;
    if (realDocument === undefined) Reflect.deleteProperty(globalThis, "document");
    else Object.defineProperty(globalThis, "document", realDocument);
  }
}

const total = (files: readonly Asset[]): number => files.reduce((sum, f) => sum + f.gzip, 0);

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The glossary as the search page fetches it (its edition's search/terms/…), through the recording fetch. */
function loadGlossary(dist: string, edition: Edition): GlossarySource {
  return glossaryFiles(async (path) => (await fetch(pathToFileURL(join(dist, edition.dir, "search", path)))).json() as Promise<unknown>);
}

/** pagefind.js, and pagefind-worker.js when the page lets the runtime start it (unless `noWorker` is set). */
function runtimeFiles(dir: string): string[] {
  const runtime = join(dir, "pagefind.js");
  const worker = join(dir, "pagefind-worker.js");
  const usesWorker = SEARCH_PAGE_PAGEFIND_OPTIONS.noWorker !== true && readFileSync(runtime, "utf8").includes("pagefind-worker.js") && existsSync(worker);
  return usesWorker ? [runtime, worker] : [runtime];
}

/** Just enough of a page's `document` for Pagefind to pick the page's language. */
function pageDocument(lang: string) {
  const html = { getAttribute: (name: string) => (name === "lang" ? lang : null) };
  return { currentScript: null, querySelector: (selector: string) => (selector === "html" ? html : null) };
}

function recordingFetch(fetched: string[]): typeof fetch {
  return (input: string | URL | Request) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const file = fileURLToPath(url.split("?")[0] ?? url);
    fetched.push(file);
    return Promise.resolve(new Response(readFileSync(file)));
  };
}

/** The search table: per edition, the distribution over its query set against the budget, and the worst query's files. */
export function searchTable(sets: readonly SearchSetWeight[]): string {
  const kb = (bytes: number): string => (bytes / KB).toFixed(1);
  const lines = [
    `Search — KB gzip from focusing the search box to the first results (the first ${RESULTS_SHOWN} and up to 2 candidates tied with the last, which the page shows before the rest of its page), each query on an empty cache; budget ≤ ${kb(SEARCH_BUDGET_BYTES)} for every query of the test set`,
  ];
  for (const set of sets) {
    const { worst } = set;
    lines.push(
      `  ${set.edition}: ${set.queries} queries · median ${kb(set.median)} · worst ${kb(worst.gzip)} for “${worst.query}”${worst.filters} (Pagefind asked for “${worst.searchedAs}”) ${set.withinBudget ? "✓" : `✗ ${set.overBudget.length} over`}`,
      `      worst: ${fileGroups(worst.files)
        .map((g) => `${g.kind}${g.n > 1 ? ` (${g.n})` : ""} ${kb(g.gzip)}`)
        .join(" · ")}`,
      `      then the filter counts (fetched after the first results): median ${kb(set.withCounts.median)} · worst ${kb(set.withCounts.worst)} in all`,
    );
  }
  return lines.join("\n");
}

/** The budget lines an edition's query set misses. */
export function searchMisses(sets: readonly SearchSetWeight[]): string[] {
  return sets
    .filter((s) => !s.withinBudget)
    .map(
      (s) =>
        `search (${s.edition}): ${s.overBudget.length} of ${s.queries} queries over ${SEARCH_BUDGET_BYTES / KB} KB, worst ${(s.worst.gzip / KB).toFixed(1)} KB (“${s.worst.query}”)`,
    );
}

/** Files grouped by what they are. */
export function fileGroups(files: readonly Asset[]): { kind: string; n: number; gzip: number }[] {
  const groups = new Map<string, { n: number; gzip: number }>();
  for (const f of files) {
    const kind = fileKind(f.url);
    const g = groups.get(kind) ?? { n: 0, gzip: 0 };
    groups.set(kind, { n: g.n + 1, gzip: g.gzip + f.gzip });
  }
  return [...groups].map(([kind, g]) => ({ kind, ...g }));
}

function fileKind(url: string): string {
  if (/^\/(?:en\/)?_astro\//.test(url)) return "search UI";
  if (/\/search\/terms(?:\.json$|\/)/.test(url)) return "glossary";
  if (url.endsWith("/pagefind.js")) return "pagefind.js";
  if (url.endsWith("/pagefind-worker.js")) return "worker";
  if (url.includes("wasm.")) return "wasm";
  if (url.endsWith(".json") || url.endsWith(".pf_meta")) return "entry+meta";
  if (url.includes("/index/")) return "index chunks";
  if (url.includes("/fragment/")) return "fragments";
  if (url.includes("/filter/")) return "filters";
  return "other";
}
