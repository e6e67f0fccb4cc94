/**
 * `npm run bench` — what each kind of page costs a reader, and how the build scales.
 *
 * Builds the project in a temporary copy (never in the working tree), weighs one sample page per
 * page type against the budgets of the performance issue, then builds a synthetic content set ten
 * times larger to show how build time and index size grow. Prints two tables and writes the full
 * report to bench-report.json. It is a report, not a test: missed budgets are marked ✗, and the
 * exit code is 0 unless a build fails.
 *
 *   --keep       keep the temporary copies (their folder is printed)
 *   --no-scale   skip the ×10 build
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildSite, copyProject } from "./project.ts";
import { BUDGETS, buildTable, judgeBuilds, judgePage, KB, overBudget, pageTable, type Builds, type JudgedPage } from "./report.ts";
import { scaleContent } from "./scale.ts";
import { EDITIONS, readQuerySet, RESULTS_SHOWN, SEARCH_BUDGET_BYTES, searchMisses, searchTable, weighSearchSet, type SearchSetWeight } from "./search.ts";
import { previewLine, weighPreview } from "./preview.ts";
import { weighPage } from "./weigh.ts";

/** One sample page per page type (paths in dist/), in the Chinese edition; the same pages of the English edition follow. */
const CHINESE_SAMPLES: readonly { type: string; path: string }[] = [
  { type: "home", path: "index.html" },
  { type: "paper overview", path: "paper-a/index.html" },
  { type: "stage", path: "stages/stage-new/index.html" },
  { type: "表1", path: "table-1/index.html" },
  { type: "model element", path: "elements/a-mech-project/index.html" },
  { type: "concept", path: "concepts/xinxing-juguo-tizhi/index.html" },
  { type: "search", path: "search/index.html" },
  { type: "diagram-heavy section", path: "paper-b/b-3-2/index.html" },
  { type: "comparison", path: "compare/index.html" },
  { type: "comparison aspect", path: "compare/actors/index.html" },
  { type: "crosswalk", path: "compare/crosswalk/index.html" },
  { type: "crosswalk part", path: "compare/crosswalk/operation/index.html" },
  { type: "crosswalk diagram", path: "compare/crosswalk/diagram/index.html" },
];

/** Both editions' samples: each Chinese page, then its English counterpart under en/ (issue #13: budgets hold for both). */
export const SAMPLES: readonly { type: string; path: string }[] = [
  ...CHINESE_SAMPLES,
  ...CHINESE_SAMPLES.map((s) => ({ type: `${s.type} (English)`, path: `en/${s.path}` })),
];

/** How many times larger the synthetic content set is. */
const FACTOR = 10;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const REPORT = join(ROOT, "bench-report.json");

/** Run the benchmark; resolves to the exit code. */
export async function main(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { keep: { type: "boolean", default: false }, "no-scale": { type: "boolean", default: false } } });
  const work = mkdtempSync(join(tmpdir(), "kb-bench-"));
  const loadBefore = loadavg()[0] ?? 0;
  try {
    const site = copyProject(ROOT, join(work, "x1"));
    step(`building the site in ${site}`);
    const x1 = await buildSite(site);
    const dist = join(site, "dist");
    const pages = SAMPLES.map((s) => judgePage(weighPage(dist, s.type, s.path)));
    step("weighing the search page for every query of the search test sets");
    const search: SearchSetWeight[] = [];
    for (const edition of EDITIONS) search.push(await weighSearchSet(dist, edition, readQuerySet(ROOT, edition)));
    const preview = weighPreview(dist);
    const builds = judgeBuilds(x1, values["no-scale"] ? null : await scaledBuild(join(work, `x${FACTOR}`)));
    const machine = { cores: availableParallelism(), loadAverage: [loadBefore, loadavg()[0] ?? 0] as const };
    const missed = [...overBudget(pages, builds), ...searchMisses(search)];
    writeFileSync(REPORT, `${JSON.stringify({ ...report(pages, search, builds, machine, missed), preview }, null, 2)}\n`);
    console.log(
      `\n${pageTable(pages)}${preview === null ? "" : `\n${previewLine(preview)}`}\n\n${searchTable(search)}\n\n${buildTable(builds, machine.cores)}\n${contention(machine)}`,
    );
    console.log(missed.length === 0 ? "✓ every budget met" : `✗ over budget:\n${missed.map((l) => `  ✗ ${l}`).join("\n")}`);
    console.log(`\nreport: ${REPORT}`);
    return builds.scaled !== null && "error" in builds.scaled ? 1 : 0;
  } finally {
    if (values.keep) console.log(`temporary copies kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** Copy the project, multiply its content and build it; a failed build is reported, not thrown. */
async function scaledBuild(dir: string): Promise<Builds["scaled"]> {
  const copy = copyProject(ROOT, dir);
  const content = scaleContent(join(copy, "content"), FACTOR);
  step(`building the ×${FACTOR} content set in ${copy}`);
  try {
    return { content, build: await buildSite(copy, { english: false }) };
  } catch (error) {
    return { content, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The machine the builds ran on: its cores and its 1-minute load average before and after. */
interface Machine {
  cores: number;
  loadAverage: readonly [number, number];
}

/** A warning when other processes competed for the cores (the build times then overstate the build). */
function contention({ cores, loadAverage }: Machine): string {
  const peak = Math.max(...loadAverage);
  return peak > cores
    ? `! load average ${loadAverage.map((l) => l.toFixed(1)).join(" → ")} on ${cores} cores: other processes were running, so build times include waiting for the CPU\n`
    : "";
}

function report(pages: readonly JudgedPage[], search: readonly SearchSetWeight[], builds: Builds, machine: Machine, overBudget: string[]) {
  return {
    generatedAt: new Date().toISOString(),
    environment: { node: process.version, platform: `${process.platform}-${process.arch}`, ...machine },
    method: {
      units: `bytes (tables: KB = ${KB} B)`,
      compression:
        "gzip via node:zlib gzipSync at level 9; a file that is already compressed (Pagefind index, wasm) counts at its raw size when gzip would not shrink it",
      transferred:
        "HTML + linked stylesheets + scripts loaded without interaction (<script src>, type=module, with their static imports in /_astro/) + images (<img>, icons); inline scripts and SVG count once, inside the HTML",
      floor: "gzip of the visible text of <main> (no script, style, template, noscript, svg or [hidden]), white space collapsed",
      overhead: "transferred − floor",
      diagrams: "inline <svg> in .diagram figures (raw, and gzip of their concatenation); diagram JS = gzip bytes of loaded scripts mentioning mermaid",
      search: `for every query of tests/search/queries.json (Chinese edition) and queries.en.json (English edition): the search page's own search engine (query parsing, glossary, result checks) and Pagefind options run in Node against the built index on a fresh Pagefind instance, up to the first results (the first ${RESULTS_SHOWN} and up to 2 candidates tied with the last, which the page shows before the rest of its first page), recording every file fetched; plus the search UI chunks the page imports on focus and pagefind.js. Budget ≤ ${SEARCH_BUDGET_BYTES} B per query. withCounts adds what the filter counts fetch after the first results`,
      builds: "wall clock of `astro build` then `pagefind --site dist` in a temporary copy, with cold Astro/Vite caches inside the copy",
    },
    budgets: { ...BUDGETS, searchBytes: SEARCH_BUDGET_BYTES },
    pages,
    search: search.map(({ all, ...set }) => ({ ...set, queriesWeighed: all.map(({ files, ...w }) => ({ ...w, files: files.length })) })),
    builds,
    overBudget,
  };
}

function step(message: string): void {
  console.log(`bench: ${message} …`);
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  });
}
