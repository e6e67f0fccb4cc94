/**
 * What the search page loads after the reader focuses it and runs a query: the search UI's script chunks (imported on
 * focus), Pagefind's runtime, and every file the query fetches. The query runs in Node through the path the site
 * ships: the search page's own SearchEngine (query parsing and Intl.Segmenter segmentation, glossary, filter counts,
 * result checks) with the same Pagefind options and worker setting, and a `fetch` that records each file it reads.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PAGEFIND_OPTIONS, SEARCH_PAGE_SIZE, SearchEngine, type PagefindApi } from "../../src/lib/search/engine.ts";
import { toPagefindQuery } from "../../src/lib/search/query.ts";
import type { SearchGlossary } from "../../src/lib/search/terms.ts";
import { lazyScripts, sizeOf, weighPage, type Asset } from "./weigh.ts";

/**
 * The options the search page gives Pagefind (src/lib/search/engine.ts, shared with src/client/search-app.ts). The page
 * lets Pagefind use its web worker, so a browser also loads pagefind-worker.js (counted below; in Node there is no
 * Worker and Pagefind searches on the calling thread, which fetches the same index files).
 */
export const SEARCH_PAGE_PAGEFIND_OPTIONS: typeof PAGEFIND_OPTIONS & { noWorker?: boolean } = PAGEFIND_OPTIONS;

/** How many checked results the search page asks for at first (its page size). */
export const RESULTS_SHOWN = SEARCH_PAGE_SIZE;

/** The search page, in dist/. */
const SEARCH_PAGE = "search/index.html";

/** The search page's cost after focus and one query, in bytes. */
export interface SearchWeight {
  query: string;
  /** The words handed to Pagefind, space-separated. */
  segmented: string;
  /** Matching pages, as the search page counts them. */
  results: number;
  /** Every file loaded, in order: the search UI's scripts, pagefind.js (and its worker if used), then what the query fetched. */
  files: Asset[];
  gzip: number;
}

interface PagefindModule extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Run `query` on the search page's path against the Pagefind index in `dist` (built for "/") and weigh every file it loads. */
export async function weighSearch(dist: string, query: string): Promise<SearchWeight> {
  const dir = join(dist, "pagefind");
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;
  const hadDocument = "document" in globalThis;
  globalThis.fetch = recordingFetch(fetched);
  try {
    const pagefind = (await import(pathToFileURL(join(dir, "pagefind.js")).href)) as PagefindModule;
    // Pagefind reads the page's language from <html lang>: the site's pages are zh-CN, so it segments queries with Intl.Segmenter as for readers.
    if (!hadDocument) Object.defineProperty(globalThis, "document", { configurable: true, value: zhCnDocument() });
    await pagefind.options({ ...SEARCH_PAGE_PAGEFIND_OPTIONS, basePath: pathToFileURL(`${dir}/`).href, baseUrl: "/" });
    await pagefind.init();
    const engine = new SearchEngine(pagefind, loadGlossary(dist));
    const outcome = await engine.search({ q: query, paper: null, kind: null }, RESULTS_SHOWN);
    const ui = lazyScripts(dist, weighPage(dist, "search", SEARCH_PAGE));
    const loaded = [...runtimeFiles(dir), ...new Set(fetched)].map((file) => ({ url: `/${file.slice(dist.length + 1)}`, ...sizeOf(readFileSync(file)) }));
    const files = [...ui, ...loaded];
    return { query, segmented: toPagefindQuery(outcome.query), results: outcome.total, files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
  } finally {
    globalThis.fetch = realFetch;
    if (!hadDocument) Reflect.deleteProperty(globalThis, "document");
  }
}

/** The glossary the search page fetches (search/terms.json), through the recording fetch. */
async function loadGlossary(dist: string): Promise<SearchGlossary> {
  const response = await fetch(pathToFileURL(join(dist, "search", "terms.json")));
  return (await response.json()) as SearchGlossary;
}

/** pagefind.js, and pagefind-worker.js when the page lets the runtime start it (unless `noWorker` is set). */
function runtimeFiles(dir: string): string[] {
  const runtime = join(dir, "pagefind.js");
  const worker = join(dir, "pagefind-worker.js");
  const usesWorker = SEARCH_PAGE_PAGEFIND_OPTIONS.noWorker !== true && readFileSync(runtime, "utf8").includes("pagefind-worker.js") && existsSync(worker);
  return usesWorker ? [runtime, worker] : [runtime];
}

/** Just enough of a zh-CN page's `document` for Pagefind to pick the page's language. */
function zhCnDocument() {
  const html = { getAttribute: (name: string) => (name === "lang" ? "zh-CN" : null) };
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
