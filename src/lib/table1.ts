/** A stage column of 表1: the stage's id, its heading as printed, and the link to the stage's page. */
export interface StageColumn {
  id: string;
  heading: string;
  href: string;
}

/** A 表1 row as the templates need it: label, group, the three cells in stage order, and whether it changes. */
export interface TableRow {
  id: string;
  labelZh: string;
  labelEn: string;
  group: string;
  cells: string[];
  /** English edition: the site's English of each cell, beside the cell as printed. */
  cellsEn?: (string | undefined)[];
  constant: boolean;
}

/** Input shape of one dimension (a subset of the content entry). */
export interface DimensionInput {
  id: string;
  order: number;
  titleZh: string;
  titleEn: string;
  group: string;
  cells: Record<string, { quote: string }>;
}

/** Arrange dimensions into rows ordered as printed, cells in the given stage order, marking constant rows. */
export function buildTableRows(dimensions: readonly DimensionInput[], stageOrder: readonly string[]): TableRow[] {
  return [...dimensions]
    .sort((a, b) => a.order - b.order)
    .map((dim) => {
      const cells = stageOrder.map((stage) => {
        const cell = dim.cells[stage];
        if (cell === undefined) throw new Error(`表1 row "${dim.id}": field "cells.${stage}" is missing`);
        return cell.quote;
      });
      return { id: dim.id, labelZh: dim.titleZh, labelEn: dim.titleEn, group: dim.group, cells, constant: new Set(cells).size === 1 };
    });
}

/** Group consecutive rows that share a group label, for `rowspan` headers. */
export function groupRows(rows: readonly TableRow[]): { group: string; rows: TableRow[] }[] {
  const groups: { group: string; rows: TableRow[] }[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last !== undefined && last.group === row.group) last.rows.push(row);
    else groups.push({ group: row.group, rows: [row] });
  }
  return groups;
}

/** Keep only some stage columns (by index), marking rows whose kept cells are all equal as constant. */
export function selectColumns(rows: readonly TableRow[], columns: readonly number[]): TableRow[] {
  return rows.map((row) => {
    const cells = columns.map((i) => row.cells[i] ?? "");
    const cellsEn = row.cellsEn === undefined ? {} : { cellsEn: columns.map((i) => row.cellsEn?.[i]) };
    return { ...row, cells, ...cellsEn, constant: new Set(cells).size === 1 };
  });
}

/** All unordered pairs of column indexes, in reading order: [0,1], [0,2], [1,2] for three columns. */
export function columnPairs(count: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let a = 0; a < count; a++) for (let b = a + 1; b < count; b++) pairs.push([a, b]);
  return pairs;
}

/** One row of a stage's own column: the cell, and the other stages' cells where the row changes. */
export interface StageColumnRow {
  id: string;
  label: string;
  /** Link to the row in the full table. */
  href: string;
  constant: boolean;
  cell: string;
  /** English edition: the site's English of the cell. */
  cellEn?: string | undefined;
  /** The other stages' cells (empty when the row is constant). */
  others: { label: string; href: string; cell: string; cellEn?: string | undefined }[];
}

/** The rows of one stage's column, each with the other stages' cells linked to their pages' rows. */
export function stageColumnRows(
  rows: readonly TableRow[],
  stages: readonly (StageColumn & { title: string })[],
  stageId: string,
  rowHref: (id: string) => string,
): StageColumnRow[] {
  const column = stages.findIndex((s) => s.id === stageId);
  if (column < 0) throw new Error(`表1 has no column for the stage "${stageId}"`);
  return rows.map((row) => ({
    id: row.id,
    label: row.labelZh,
    href: rowHref(row.id),
    constant: row.constant,
    cell: row.cells[column] ?? "",
    cellEn: row.cellsEn?.[column],
    others: row.constant
      ? []
      : stages.flatMap((s, i) => (i === column ? [] : [{ label: s.title, href: `${s.href}#${row.id}`, cell: row.cells[i] ?? "", cellEn: row.cellsEn?.[i] }])),
  }));
}
