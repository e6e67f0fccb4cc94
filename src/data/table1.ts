import type { CollectionEntry } from "./content.ts";
import { locateUnit } from "../lib/routes.ts";
import { buildTableRows, stageColumnRows, type StageColumn, type StageColumnRow, type TableRow } from "../lib/table1.ts";
import { LOCALE } from "../i18n/locale.ts";
import { getDimensions, getStages } from "./collections.ts";
import { renderingOf, shownText } from "./translations.ts";
import { unitHref } from "./env.ts";

/** 表1 as the templates need it: stage columns (linked) and rows. */
export interface Table1Data {
  /** The columns: heading as the edition shows it, the stage's title, and its title in the other edition's language. */
  stages: (StageColumn & { title: string; titleOther: string })[];
  rows: TableRow[];
  dimensions: CollectionEntry<"dimensions">[];
  stageEntries: CollectionEntry<"stages">[];
}

/** Load 表1 with its stage columns, each linked to its stage's page. */
export async function getTable1(): Promise<Table1Data> {
  const stageEntries = await getStages();
  const dimensions = await getDimensions();
  const stages = stageEntries.map((s) => ({
    id: s.id,
    heading: shownText(s, "columnQuote", s.data.columnQuote),
    href: unitHref(locateUnit("stage", s.id)),
    title: s.data.titleZh,
    titleOther: s.data.titleEn,
  }));
  const rows = buildTableRows(
    dimensions.map((d) => ({ id: d.id, ...d.data })),
    stages.map((s) => s.id),
  ).map((row) => {
    // English edition: each cell stays as printed, with the site's English beside it.
    const dimension = dimensions.find((d) => d.id === row.id);
    if (LOCALE !== "en" || dimension === undefined) return row;
    return { ...row, cellsEn: stages.map((s) => renderingOf(dimension, `cells.${s.id}.quote`)) };
  });
  return { stages, rows, dimensions, stageEntries };
}

/** One stage's column of 表1, each row linked to the full table and to the other stages' cells. */
export async function getStageColumn(stageId: string): Promise<StageColumnRow[]> {
  const { rows, stages } = await getTable1();
  return stageColumnRows(rows, stages, stageId, (id) => unitHref(locateUnit("dimension", id)));
}
