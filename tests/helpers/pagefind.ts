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

/** Whether a hit is the expected page (a site path such as "en/concepts/x/"), or for "page/#anchor", that anchor or one of the hit's sections. */
export function isExpected(hit: Hit, expected: string): boolean {
  const want = `${BASE}${expected}`;
  return want.includes("#") ? hit.url === want || hit.subUrls.includes(want) : hit.url.split("#")[0] === want;
}

/** The language of an edition's pages (its <html lang>), by which Pagefind picks the index it searches. */
export type IndexLang = "zh-CN" | "en";

/** Where each edition lives in dist/ (its pages, and its search glossary under search/terms.json). */
const EDITION_DIR: Readonly<Record<IndexLang, string>> = { "zh-CN": "", en: "en/" };

/** Files of the built site read by the search so far, with their sizes (what a browser would fetch). */
export const fetched: { file: string; bytes: number }[] = [];

interface PagefindModule extends PagefindApi {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
}

let fetchStubbed = false;

/** Make `fetch` read file: URLs from disk (as a browser fetches the built site), recording what is read. */
function stubFetch(): void {
  if (fetchStubbed) return;
  fetchStubbed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith("file:")) return realFetch(input);
    const file = fileURLToPath(url.split("?")[0] ?? url);
    const body = readFileSync(file);
    fetched.push({ file, bytes: body.length });
    return new Response(body);
  };
}

/** Give Pagefind a document whose <html lang> is `lang` (it reads it when it starts, to pick its index). */
function stubDocument(lang: IndexLang): void {
  const html = { getAttribute: (name: string) => (name === "lang" ? lang : null) };
  Object.defineProperty(globalThis, "document", {
    configurable: true,
    value: { currentScript: null, querySelector: (s: string) => (s === "html" ? html : null) },
  });
}

const loaded = new Map<IndexLang, Promise<PagefindModule>>();

/**
 * Load the built site's Pagefind bundle in Node, as an edition's search page loads it in the browser: its `fetch`
 * reads dist/, and the document it sees has the edition's <html lang>, so Pagefind searches that language's index and
 * handles queries exactly as it does for its readers (a zh-CN query split with Intl.Segmenter, an English one stemmed).
 * Each language gets its own instance of the module (Pagefind keeps one index per instance).
 */
export function loadPagefind(lang: IndexLang = "zh-CN"): Promise<PagefindModule> {
  let pf = loaded.get(lang);
  if (pf === undefined) {
    pf = (async () => {
      stubFetch();
      const script = join(DIST, "pagefind", "pagefind.js");
      fetched.push({ file: script, bytes: statSync(script).size });
      const module = (await import(`${pathToFileURL(script).href}?lang=${lang}`)) as PagefindModule;
      await module.options({ ...PAGEFIND_OPTIONS, basePath: pathToFileURL(join(DIST, "pagefind") + "/").href, baseUrl: BASE });
      // Pagefind reads <html lang> as init() starts, synchronously: no other load can change the stub in between.
      stubDocument(lang);
      await module.init();
      return module;
    })();
    loaded.set(lang, pf);
  }
  return pf;
}

/** An edition's search glossary (search/terms.json, en/search/terms.json). */
export function loadGlossary(lang: IndexLang = "zh-CN"): SearchGlossary {
  const file = join(DIST, EDITION_DIR[lang], "search", "terms.json");
  fetched.push({ file, bytes: statSync(file).size });
  return JSON.parse(readFileSync(file, "utf8")) as SearchGlossary;
}

const engines = new Map<IndexLang, Promise<SearchEngine>>();

/** The search engine an edition's search page uses, over the built index of its language. */
export function loadEngine(lang: IndexLang = "zh-CN"): Promise<SearchEngine> {
  let engine = engines.get(lang);
  if (engine === undefined) {
    engine = loadPagefind(lang).then((pf) => new SearchEngine(pf, Promise.resolve(loadGlossary(lang))));
    engines.set(lang, engine);
  }
  return engine;
}

/** Search as an edition's search page does (same query processing, glossary and checks); the Chinese edition unless `lang` says. */
export async function searchOutcome(
  query: string,
  filters: Partial<Omit<SearchState, "q">> = {},
  limit = 10,
  lang: IndexLang = "zh-CN",
): Promise<SearchOutcome> {
  return (await loadEngine(lang)).search({ q: query, paper: filters.paper ?? null, kind: filters.kind ?? null }, limit);
}

/** Search as an edition's search page does, returning the top hits. */
export async function search(query: string, filters: Partial<Omit<SearchState, "q">> = {}, limit = 10, lang: IndexLang = "zh-CN"): Promise<Hit[]> {
  const { hits } = await searchOutcome(query, filters, limit, lang);
  return hits.slice(0, limit).map((h) => ({ url: h.url, title: h.title, subUrls: h.sections.map((s) => s.url) }));
}
