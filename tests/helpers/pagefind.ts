import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { segmentQuery } from "../../src/lib/search-query.ts";
import { BASE, DIST } from "./dist.ts";

/** What a search result gives the tests. */
export interface Hit {
  url: string;
  title: string;
  subUrls: string[];
}

interface PagefindModule {
  init(): Promise<void>;
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string>; sub_results: { url: string }[] }> }[] }>;
}

let loaded: Promise<PagefindModule> | undefined;

/** Load the built site's Pagefind index in Node, with a `fetch` that reads files from dist/. */
export function loadPagefind(): Promise<PagefindModule> {
  loaded ??= (async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: string | URL | Request) => {
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      if (!url.startsWith("file:")) return realFetch(input);
      return new Response(readFileSync(fileURLToPath(url.split("?")[0] ?? url)));
    }) as typeof fetch;
    const pf = (await import(pathToFileURL(join(DIST, "pagefind", "pagefind.js")).href)) as PagefindModule;
    await pf.options({ basePath: pathToFileURL(join(DIST, "pagefind") + "/").href, baseUrl: BASE });
    await pf.init();
    return pf;
  })();
  return loaded;
}

/** Search as the UI does (same query segmentation), returning the top hits. */
export async function search(query: string, filters?: Record<string, string | string[]>, limit = 10): Promise<Hit[]> {
  const pf = await loadPagefind();
  const { results } = await pf.search(segmentQuery(query), filters === undefined ? {} : { filters });
  const data = await Promise.all(results.slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({ url: d.url, title: d.meta["title"] ?? "", subUrls: d.sub_results.map((s) => s.url) }));
}
