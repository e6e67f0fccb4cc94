/**
 * What the search page loads after the reader focuses it and runs a query: Pagefind's runtime
 * and the index files one real query fetches. Measured by running Pagefind in Node against the
 * built index, as the search page does (same query segmentation, data of the first 20 results),
 * with a `fetch` that records each file it reads from dist/.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { segmentQuery } from "../../lib/search/query.ts";
import { sizeOf, type Asset } from "./weigh.ts";

/** Results whose data the search page loads (src/client/search.ts shows the first 20). */
const RESULTS_SHOWN = 20;

/** The search page's cost after focus and one query, in bytes. */
export interface SearchWeight {
  query: string;
  segmented: string;
  results: number;
  /** Every file loaded, in order: pagefind.js, the worker browsers run it in, then what the query fetched. */
  files: Asset[];
  gzip: number;
}

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}

/** Run `query` against the Pagefind index in `dist` (served at "/") and weigh every file it loads. */
export async function weighSearch(dist: string, query: string): Promise<SearchWeight> {
  const dir = join(dist, "pagefind");
  const fetched: string[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = recordingFetch(fetched);
  try {
    const pagefind = (await import(pathToFileURL(join(dir, "pagefind.js")).href)) as Pagefind;
    await pagefind.options({ basePath: pathToFileURL(`${dir}/`).href, baseUrl: "/" });
    await pagefind.init();
    const segmented = segmentQuery(query);
    const { results } = await pagefind.search(segmented);
    await Promise.all(results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
    const files = [...runtimeFiles(dir), ...new Set(fetched)].map((file) => ({ url: `/${file.slice(dist.length + 1)}`, ...sizeOf(readFileSync(file)) }));
    return { query, segmented, results: results.length, files, gzip: files.reduce((sum, f) => sum + f.gzip, 0) };
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** pagefind.js, and pagefind-worker.js when the runtime starts it (browsers search in a worker; Node does not). */
function runtimeFiles(dir: string): string[] {
  const runtime = join(dir, "pagefind.js");
  const worker = join(dir, "pagefind-worker.js");
  return readFileSync(runtime, "utf8").includes("pagefind-worker.js") && existsSync(worker) ? [runtime, worker] : [runtime];
}

function recordingFetch(fetched: string[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const file = fileURLToPath(url.split("?")[0] ?? url);
    fetched.push(file);
    return new Response(readFileSync(file));
  }) as typeof fetch;
}
