import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PAGEFIND_OPTIONS, SearchEngine, type PagefindApi, type SearchOutcome } from "../../src/lib/search/engine.ts";
import type { SearchState } from "../../src/lib/search/filters.ts";
import type { SearchGlossary } from "../../src/lib/search/terms.ts";
import { BASE, DIST } from "./dist.ts";

/** What a search result gives the tests. */
export interface Hit {
  url: string;
  title: string;
  subUrls: string[];
}

/** Files of the built site read by the search so far, with their sizes (what a browser would fetch). */
export const fetched: { file: string; bytes: number }[] = [];

interface PagefindModule extends PagefindApi {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
}

let loaded: Promise<PagefindModule> | undefined;

/**
 * Load the built site's Pagefind bundle in Node, as the search page loads it in the browser: its
 * `fetch` reads dist/, and the document it sees is in zh-CN, so Pagefind segments queries exactly
 * as it does for readers (with Intl.Segmenter).
 */
export function loadPagefind(): Promise<PagefindModule> {
  loaded ??= (async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input: string | URL | Request) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (!url.startsWith("file:")) return realFetch(input);
      const file = fileURLToPath(url.split("?")[0] ?? url);
      const body = readFileSync(file);
      fetched.push({ file, bytes: body.length });
      return new Response(body);
    };
    const script = join(DIST, "pagefind", "pagefind.js");
    fetched.push({ file: script, bytes: statSync(script).size });
    const pf = (await import(pathToFileURL(script).href)) as PagefindModule;
    const html = { getAttribute: (name: string) => (name === "lang" ? "zh-CN" : null) };
    Object.defineProperty(globalThis, "document", {
      configurable: true,
      value: { currentScript: null, querySelector: (s: string) => (s === "html" ? html : null) },
    });
    await pf.options({ ...PAGEFIND_OPTIONS, basePath: pathToFileURL(join(DIST, "pagefind") + "/").href, baseUrl: BASE });
    await pf.init();
    return pf;
  })();
  return loaded;
}

/** The built site's search glossary (search/terms.json). */
export function loadGlossary(): SearchGlossary {
  const file = join(DIST, "search", "terms.json");
  fetched.push({ file, bytes: statSync(file).size });
  return JSON.parse(readFileSync(file, "utf8")) as SearchGlossary;
}

let engine: Promise<SearchEngine> | undefined;

/** The search engine the search page uses, over the built index. */
export function loadEngine(): Promise<SearchEngine> {
  engine ??= loadPagefind().then((pf) => new SearchEngine(pf, Promise.resolve(loadGlossary())));
  return engine;
}

/** Search as the search page does (same query processing, glossary and checks). */
export async function searchOutcome(query: string, filters: Partial<Omit<SearchState, "q">> = {}, limit = 10): Promise<SearchOutcome> {
  return (await loadEngine()).search({ q: query, paper: filters.paper ?? null, kind: filters.kind ?? null }, limit);
}

/** Search as the search page does, returning the top hits. */
export async function search(query: string, filters: Partial<Omit<SearchState, "q">> = {}, limit = 10): Promise<Hit[]> {
  const { hits } = await searchOutcome(query, filters, limit);
  return hits.slice(0, limit).map((h) => ({ url: h.url, title: h.title, subUrls: h.sections.map((s) => s.url) }));
}
