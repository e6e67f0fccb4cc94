import type { CollectionEntry } from "astro:content";
import type { StageColumn } from "../components/table/Table1.astro";
import { buildTableRows, type TableRow } from "../lib/table1.ts";
import { hrefOf, locateUnit } from "../lib/routes.ts";
import { getDimensions, getStages } from "./collections.ts";

/** 表1 as the templates need it: stage columns (linked) and rows. */
export interface Table1Data {
  stages: StageColumn[];
  rows: TableRow[];
  dimensions: CollectionEntry<"dimensions">[];
  stageEntries: CollectionEntry<"stages">[];
}

/** Load 表1 with its stage columns, for pages under the given base path. */
export async function getTable1(base: string): Promise<Table1Data> {
  const stageEntries = await getStages();
  const dimensions = await getDimensions();
  const stages = stageEntries.map((s) => ({ id: s.id, heading: s.data.columnQuote, href: hrefOf(base, locateUnit("stage", s.id)) }));
  const rows = buildTableRows(
    dimensions.map((d) => ({ id: d.id, ...d.data })),
    stages.map((s) => s.id),
  );
  return { stages, rows, dimensions, stageEntries };
}
