/** The data files offered for download: 表1 and Paper B's indicator matrix, as CSV and JSON. */
import { shownText } from "./translations.ts";
import { getEntry, type CollectionEntry } from "./content.ts";
import { COMPARISON_KIND_LABELS } from "../i18n/kinds.ts";
import { UI } from "../i18n/ui.ts";
import { sourceLine } from "../lib/cite/source-line.ts";
import { toCsv } from "../lib/csv.ts";
import { locateUnit, PATHS } from "../lib/routes.ts";
import { SITE } from "../site.config.ts";
import { paperFacts } from "./citations.ts";
import { getComparisons, getSitePage } from "./collections.ts";
import { absoluteUrl, siteHref, unitHref } from "./env.ts";
import { getSectionTrail, type Locator } from "./locators.ts";
import { getMatrix } from "./matrix.ts";
import { getTable1 } from "./table1.ts";

/** Where a data file's content comes from: the paper, the section, and a line describing both. */
async function sourceOf(locator: Locator | undefined, what?: string): Promise<{ paper: string; section: string; description: string }> {
  if (locator === undefined) throw new Error("a data file needs a locator for its source");
  const paper = await getEntry(locator.paper);
  const trail = (await getSectionTrail(locator.section.id)).map((s) => ({ number: s.data.number, heading: shownText(s, "headingQuote", s.data.headingQuote) }));
  return { paper: paper.id, section: locator.section.id, description: sourceLine(paperFacts(paper), trail, what) };
}

/** 表1 as CSV: one row per dimension, one column per stage, cells exactly as printed. */
export async function getTable1Csv(): Promise<string> {
  const { stages, rows } = await getTable1();
  const header = ["id", "维度", "分组", ...stages.map((s) => s.heading)];
  return toCsv([header, ...rows.map((r) => [r.id, r.labelZh, r.group, ...r.cells])]);
}

/** 表1 as JSON, with its source, licence and the note on the group labels. */
export async function getTable1Json(): Promise<string> {
  const { stages, rows, dimensions } = await getTable1();
  const page = await getSitePage("about-table-1");
  const data = {
    title: page.data.titleZh,
    titleEn: page.data.titleEn,
    source: await sourceOf(dimensions[0]?.data.locator, UI.nav.table1),
    licence: SITE.licenseZh,
    note: UI.table.dataNote,
    url: absoluteUrl(siteHref(PATHS.table1)),
    columns: stages.map((s) => ({ id: s.id, heading: s.heading })),
    rows: rows.map((r) => ({
      id: r.id,
      label: r.labelZh,
      labelEn: r.labelEn,
      group: r.group,
      constant: r.constant,
      cells: Object.fromEntries(stages.map((s, i) => [s.id, r.cells[i] ?? ""])),
      note: dimensions.find((d) => d.id === r.id)?.data.noteZh ?? "",
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** Paper B's indicator matrix as CSV: one row per cell (indicator, actor or system, specified, summary, quote, locator). */
export async function getMatrixCsv(): Promise<string> {
  const { cells, indicators, actors, systems } = await getMatrix();
  const name = (id: string | undefined) =>
    [...indicators, ...actors].find((e) => e.id === id)?.data.titleZh ?? systems.find((s) => s.id === id)?.data.titleZh ?? "";
  const header = ["id", "核心指标", "行动者或体系", "论文是否说明", "概括（本站）", "原文短语", "章节", "页码"];
  const order = (id: string) => indicators.findIndex((i) => i.id === id);
  const rows = [...cells]
    .sort((a, b) => order(a.data.indicator.id) - order(b.data.indicator.id) || a.id.localeCompare(b.id))
    .map((c) => [
      c.id,
      name(c.data.indicator.id),
      name(c.data.actor?.id ?? c.data.system?.id),
      c.data.specified ? "是" : "否",
      c.data.summaryZh,
      c.data.quote ?? "",
      c.data.locator.section.id,
      c.data.locator.page?.toString() ?? "",
    ]);
  return toCsv([header, ...rows]);
}

const named = (e: CollectionEntry<"elements"> | CollectionEntry<"concepts">) => ({ id: e.id, name: e.data.titleZh, nameEn: e.data.titleEn });

/** Paper B's indicator matrix as JSON, with its source and licence. */
export async function getMatrixJson(): Promise<string> {
  const { cells, indicators, actors, systems } = await getMatrix();
  const data = {
    title: UI.matrix.title,
    titleEn: UI.matrix.titleEn,
    source: await sourceOf(indicators[0]?.data.locator),
    licence: SITE.licenseZh,
    note: UI.matrix.dataNote,
    url: absoluteUrl(siteHref(PATHS.matrix)),
    indicators: indicators.map(named),
    actors: actors.map(named),
    systems: systems.map(named),
    cells: cells.map((c) => ({
      id: c.id,
      indicator: c.data.indicator.id,
      ...(c.data.actor ? { actor: c.data.actor.id } : {}),
      ...(c.data.system ? { system: c.data.system.id } : {}),
      specified: c.data.specified,
      summary: c.data.summaryZh,
      ...(c.data.quote ? { quote: c.data.quote } : {}),
      locator: { section: c.data.locator.section.id, ...(c.data.locator.page ? { page: c.data.locator.page } : {}) },
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** One claim of the comparison as the downloads give it. */
interface ClaimRecord {
  aspect: string;
  aspectLabel: string;
  id: string;
  verdict: string;
  verdictLabel: string;
  text: string;
  a: string[];
  b: string[];
  url: string;
}

/** A locator as one short line: section id, page, footnote and note (a-2-4；表1及其前后正文). */
const locatorLine = (l: Locator): string =>
  [l.section.id, l.page === undefined ? "" : `p. ${l.page}`, l.footnote === undefined ? "" : `脚注${l.footnote}`, l.note ?? ""]
    .filter((x) => x !== "")
    .join("；");

/** Every comparison claim, in page order, with its locators in both papers and its address. */
async function comparisonRecords(): Promise<ClaimRecord[]> {
  return (await getComparisons()).flatMap((axis) =>
    axis.data.claims.map((claim) => ({
      aspect: axis.id.replace(/^cmp-/, ""),
      aspectLabel: axis.data.titleZh,
      id: claim.id,
      verdict: claim.kind,
      verdictLabel: COMPARISON_KIND_LABELS[claim.kind],
      text: claim.textZh,
      a: claim.a.map(locatorLine),
      b: claim.b.map(locatorLine),
      url: absoluteUrl(unitHref(locateUnit("claim", claim.id))),
    })),
  );
}

/** The whole comparison as CSV: one row per claim. Several locators of one paper are joined by " | ". */
export async function getComparisonCsv(): Promise<string> {
  const header = ["aspect", "维度", "claim_id", "verdict", "本站判断", "论断（本站）", "论文A出处", "论文B出处", "url"];
  const rows = (await comparisonRecords()).map((r) => [
    r.aspect,
    r.aspectLabel,
    r.id,
    r.verdict,
    r.verdictLabel,
    r.text,
    r.a.join(" | "),
    r.b.join(" | "),
    r.url,
  ]);
  return toCsv([header, ...rows]);
}

/** The whole comparison as JSON: the aspects with their one-line summaries, and every claim. */
export async function getComparisonJson(): Promise<string> {
  const comparisons = await getComparisons();
  const page = await getSitePage("compare");
  const data = {
    title: page.data.titleZh,
    titleEn: page.data.titleEn,
    licence: SITE.licenseZh,
    note: UI.compare.matrix.verdictNote,
    url: absoluteUrl(siteHref(PATHS.compare)),
    verdicts: COMPARISON_KIND_LABELS,
    aspects: comparisons.map((c) => ({
      id: c.id.replace(/^cmp-/, ""),
      axis: c.id,
      title: c.data.titleZh,
      titleEn: c.data.titleEn,
      a: c.data.aZh,
      b: c.data.bZh,
      url: absoluteUrl(unitHref(locateUnit("comparison", c.id))),
    })),
    claims: (await comparisonRecords()).map(({ aspectLabel: _label, verdictLabel: _verdict, ...r }) => r),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
