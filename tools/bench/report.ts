/**
 * The benchmark's budgets, its verdicts against them, and its terminal tables.
 */
import type { BuildResult } from "./project.ts";
import type { ScaleSummary } from "./scale.ts";
import type { PageWeight } from "./weigh.ts";

/** 1 KB in the report. */
export const KB = 1024;

/** The budgets of the performance issue. */
export const BUDGETS = {
  /** Transferred bytes over the page's text floor, per page (gzip). */
  overheadBytes: 12 * KB,
  /** JavaScript loaded before any interaction, per page (gzip). */
  jsBytes: 3 * KB,
  /** JavaScript for diagrams, per page. */
  diagramJsBytes: 0,
  /** astro build + pagefind of the real content, on 2 cores. */
  buildMs: 30_000,
  /** Build time of the content ×`factor` over build time ×1: no worse than linear. */
  growthRatio: 10,
} as const;

/** A page's weight with its verdicts. */
export interface JudgedPage extends PageWeight {
  withinBudget: { overhead: boolean; js: boolean; diagramJs: boolean };
}

/** How the build grew from ×1 to ×`factor` content (ratios ×`factor` / ×1). */
export interface Growth {
  factor: number;
  htmlPages: number;
  astro: number;
  pagefind: number;
  total: number;
  indexBytes: number;
  indexDataBytes: number;
  /** Build milliseconds per HTML page at ×1 and ×`factor`. */
  msPerPage: [number, number];
  withinBudget: boolean;
}

/** The builds: the real content, the scaled content (or why it is missing) and the growth between them. */
export interface Builds {
  x1: BuildResult & { withinBudget: boolean };
  scaled: { content: ScaleSummary; build: BuildResult } | { content: ScaleSummary | null; error: string } | null;
  growth: Growth | null;
}

/** Judge one page against the budgets. */
export function judgePage(page: PageWeight): JudgedPage {
  const withinBudget = {
    overhead: page.totals.overhead <= BUDGETS.overheadBytes,
    js: page.totals.js <= BUDGETS.jsBytes,
    diagramJs: page.diagrams.jsGzip <= BUDGETS.diagramJsBytes,
  };
  return { ...page, withinBudget };
}

/** Judge the builds: ×1 against the time budget, and the growth to the scaled content. */
export function judgeBuilds(x1: BuildResult, scaled: Builds["scaled"]): Builds {
  const judged = { ...x1, withinBudget: x1.totalMs <= BUDGETS.buildMs };
  if (scaled === null || !("build" in scaled)) return { x1: judged, scaled, growth: null };
  const big = scaled.build;
  const ratio = (a: number, b: number) => (a === 0 ? 0 : Math.round((b / a) * 100) / 100);
  const total = ratio(x1.totalMs, big.totalMs);
  const growth: Growth = {
    factor: scaled.content.factor,
    htmlPages: ratio(x1.htmlPages, big.htmlPages),
    astro: ratio(x1.astroMs, big.astroMs),
    pagefind: ratio(x1.pagefindMs, big.pagefindMs),
    total,
    indexBytes: ratio(x1.indexBytes, big.indexBytes),
    indexDataBytes: ratio(x1.indexDataBytes, big.indexDataBytes),
    msPerPage: [perPage(x1), perPage(big)],
    withinBudget: total <= scaled.content.factor,
  };
  return { x1: judged, scaled, growth };
}

/** Build milliseconds per HTML page, to one decimal. */
function perPage(b: BuildResult): number {
  return Math.round((b.totalMs / b.htmlPages) * 10) / 10;
}

/** One line per missed budget, naming the page or build and the largest contributors. */
export function overBudget(pages: readonly JudgedPage[], builds: Builds): string[] {
  const lines: string[] = [];
  for (const p of pages) {
    const parts = `HTML ${kb(p.totals.html)} (of which diagram SVG ${kb(p.diagrams.svg.gzip)}, inline JS ${kb(p.inlineScripts.gzip)}), CSS ${kb(p.totals.css)}, JS files ${kb(p.totals.js - p.inlineScripts.gzip)}, images ${kb(p.totals.images)}`;
    if (!p.withinBudget.overhead) lines.push(`${p.type} ${p.url}: overhead ${kb(p.totals.overhead)} KB > ${kb(BUDGETS.overheadBytes)} KB — ${parts}`);
    if (!p.withinBudget.js) lines.push(`${p.type} ${p.url}: JS before interaction ${kb(p.totals.js)} KB > ${kb(BUDGETS.jsBytes)} KB`);
    if (!p.withinBudget.diagramJs) lines.push(`${p.type} ${p.url}: diagram JS ${kb(p.diagrams.jsGzip)} KB > 0`);
  }
  if (!builds.x1.withinBudget)
    lines.push(
      `build: ${seconds(builds.x1.totalMs)} > ${seconds(BUDGETS.buildMs)} (astro ${seconds(builds.x1.astroMs)}, pagefind ${seconds(builds.x1.pagefindMs)})`,
    );
  if (builds.growth !== null && !builds.growth.withinBudget)
    lines.push(`growth: build time ×${builds.growth.total.toFixed(1)} for content ×${builds.growth.factor} (worse than linear)`);
  if (builds.scaled !== null && "error" in builds.scaled) lines.push(`scaled build failed: ${builds.scaled.error.split("\n")[0] ?? ""}`);
  return lines;
}

/** The page-weight table (the search page's cost after a query is in search.ts: searchTable). */
export function pageTable(pages: readonly JudgedPage[]): string {
  const header = ["page type", "URL", "HTML", "CSS", "JS", "images", "diagram SVG gz / raw", "diagram JS", "total", "floor", "overhead"];
  const rows = pages.map((p) => [
    p.type,
    p.url,
    kb(p.totals.html),
    kb(p.totals.css),
    `${kb(p.totals.js)} ${mark(p.withinBudget.js)}`,
    kb(p.totals.images),
    p.diagrams.count === 0 ? "—" : `${kb(p.diagrams.svg.gzip)} / ${kb(p.diagrams.svg.raw)}`,
    `${kb(p.diagrams.jsGzip)} ${mark(p.withinBudget.diagramJs)}`,
    kb(p.totals.transferred),
    kb(p.floor.gzip),
    `${kb(p.totals.overhead)} ${mark(p.withinBudget.overhead)}`,
  ]);
  const title = `Page weight before interaction — KB gzip -9 (1 KB = ${KB} B); budgets: overhead ≤ ${kb(BUDGETS.overheadBytes)}, JS ≤ ${kb(BUDGETS.jsBytes)}, diagram JS = 0`;
  const notes = [
    "HTML includes inline scripts and diagram SVG (shown again under JS and diagram SVG; total counts them once). floor = gzip of <main>'s visible text; overhead = total − floor.",
  ];
  return [title, table(header, rows, [true, true]), ...notes].join("\n");
}

/** The build table: ×1, ×factor and the growth between them. */
export function buildTable(builds: Builds, cores: number): string {
  const header = ["content", "HTML pages", "indexed", "astro build", "pagefind", "total", "index (all)", "index data", "ms / page"];
  const row = (label: string, b: BuildResult, total: string) => [
    label,
    String(b.htmlPages),
    String(b.indexedPages),
    seconds(b.astroMs),
    seconds(b.pagefindMs),
    total,
    mb(b.indexBytes),
    mb(b.indexDataBytes),
    perPage(b).toFixed(1),
  ];
  const rows = [row("×1", builds.x1, `${seconds(builds.x1.totalMs)} ${mark(builds.x1.withinBudget)}`)];
  if (builds.scaled !== null && "build" in builds.scaled)
    rows.push(row(`×${builds.scaled.content.factor}`, builds.scaled.build, seconds(builds.scaled.build.totalMs)));
  const g = builds.growth;
  if (g !== null)
    rows.push([
      "growth",
      times(g.htmlPages),
      "",
      times(g.astro),
      times(g.pagefind),
      `${times(g.total)} ${mark(g.withinBudget)}`,
      times(g.indexBytes),
      times(g.indexDataBytes),
      times(g.msPerPage[1] / g.msPerPage[0]),
    ]);
  const title = `Build — wall clock on ${cores} core(s); budgets: ×1 total ≤ ${seconds(BUDGETS.buildMs)} on 2 cores, growth ≤ ×${BUDGETS.growthRatio} for content ×${BUDGETS.growthRatio}; sizes in MB (10⁶ B)`;
  const scaled = builds.scaled;
  const notes =
    scaled === null
      ? ["(scaled build skipped)"]
      : "error" in scaled
        ? [`${mark(false)} scaled build failed:\n${scaled.error}`]
        : [
            `×${scaled.content.factor}: ${scaled.content.mdxCopied} MDX copies and ${scaled.content.listItemsCopied} YAML list items added; unchanged: ${scaled.content.unchanged.join(", ")}.`,
          ];
  return [title, table(header, rows, [true]), ...notes].join("\n");
}

/** A plain-text table; columns are right-aligned unless `left[i]` is true; CJK characters count double. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], left: readonly boolean[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ""))));
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => pad(cell, widths[i] ?? 0, left[i] === true))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(header), rule, ...rows.map(line)].join("\n");
}

function pad(cell: string, to: number, left: boolean): string {
  const space = " ".repeat(Math.max(0, to - width(cell)));
  return left ? cell + space : space + cell;
}

/** Terminal columns a string takes: wide (CJK) characters take two. */
function width(text: string): number {
  return [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
}

/** ✓ or ✗. */
export function mark(ok: boolean): string {
  return ok ? "✓" : "✗";
}

/** Bytes as KB with one decimal. */
export function kb(bytes: number): string {
  return (bytes / KB).toFixed(1);
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

function times(ratio: number): string {
  return `×${ratio.toFixed(1)}`;
}
