import { fill, UI } from "../../i18n/ui.ts";
import { locateUnit, PATHS } from "../../lib/routes.ts";
import { columnPairs, selectColumns, type StageColumn, type TableRow } from "../../lib/table1.ts";
import type { CiteView, Link, LocatorView, PageMeta } from "../../lib/views.ts";
import { getCiteView } from "../cite-view.ts";
import { getSitePage } from "../collections.ts";
import { siteHref } from "../env.ts";
import { getLocatorView } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { getTable1 } from "../table1.ts";
import { hrefTo, renderBody, type Body } from "./shared.ts";

/** The id of 表1 as a citable unit (its page's permalink). */
const TABLE_ID = "table-1";

/** 表1 as a table component shows it. */
export interface TableView {
  caption: string;
  captionEn: string;
  stages: StageColumn[];
  rows: TableRow[];
  /** Badge for rows whose shown cells are all equal (defaults to 三阶段相同). */
  constantLabel?: string;
}

/** The 表1 page: the table, its pairwise comparisons, downloads, and a note per dimension. */
export interface Table1PageView {
  page: PageMeta;
  titleZh: string;
  titleEn: string;
  cite: CiteView;
  locator?: LocatorView | undefined;
  Content: Body;
  table: TableView;
  pairs: Link[];
  downloads: { csv: string; json: string };
  notes: { id: string; titleZh: string; titleEn: string; noteZh: string; cite: CiteView }[];
}

/** One of 表1's pair pages: two stage columns side by side. */
export interface TablePairView {
  page: PageMeta;
  title: string;
  fullTableHref: string;
  table: TableView;
}

const pairPath = (a: StageColumn, b: StageColumn) => `${PATHS.table1}compare/${a.id}--${b.id}/`;

/** Everything the 表1 page shows. */
export async function getTable1View(): Promise<Table1PageView> {
  const entry = await getSitePage("about-table-1");
  const { Content } = await renderBody(entry);
  const { stages, rows, dimensions } = await getTable1();
  const first = dimensions[0]?.data.locator;
  const toc = [
    { id: "table", label: UI.nav.table1, depth: 2 as const },
    { id: "pairs", label: UI.table.pairs, depth: 2 as const },
    { id: "downloads", label: UI.table.downloads, depth: 2 as const },
    { id: "notes", label: UI.table.dimension, depth: 2 as const },
    { id: "dg-a-stage-timeline", label: UI.nav.stages, depth: 2 as const },
  ];
  return {
    page: await pageMeta({
      titleZh: entry.data.titleZh,
      description: entry.data.descriptionZh,
      path: locateUnit("table", TABLE_ID).path,
      unitId: TABLE_ID,
      kind: "table",
      papers: ["paper-a"],
      crumbs: [{ label: UI.nav.paperA, href: hrefTo("paper", "paper-a") }, { label: UI.nav.table1 }],
      toc,
    }),
    titleZh: entry.data.titleZh,
    titleEn: entry.data.titleEn,
    cite: await getCiteView(TABLE_ID),
    locator: first === undefined ? undefined : await getLocatorView({ paper: first.paper, section: first.section }),
    Content,
    table: { caption: entry.data.titleZh, captionEn: entry.data.titleEn, stages, rows },
    pairs: columnPairs(stages.length).flatMap(([a, b]) => {
      const [sa, sb] = [stages[a], stages[b]];
      return sa === undefined || sb === undefined
        ? []
        : [{ label: fill(UI.table.pairTitle, { a: sa.heading, b: sb.heading }), href: siteHref(pairPath(sa, sb)) }];
    }),
    downloads: { csv: siteHref(`${PATHS.table1}table-1.csv`), json: siteHref(`${PATHS.table1}table-1.json`) },
    notes: await Promise.all(
      dimensions.map(async (d) => ({ id: d.id, titleZh: d.data.titleZh, titleEn: d.data.titleEn, noteZh: d.data.noteZh, cite: await getCiteView(d.id) })),
    ),
  };
}

/** The pair pages' paths: one per pair of stage columns. */
export async function getTablePairPaths() {
  const { stages } = await getTable1();
  return columnPairs(stages.length).map(([a, b]) => ({ params: { pair: `${stages[a]?.id}--${stages[b]?.id}` }, props: { columns: [a, b] } }));
}

/** Everything a pair page shows. */
export async function getTablePairView(columns: readonly number[]): Promise<TablePairView> {
  const table = await getTable1();
  const stages = columns.map((i) => table.stages[i]).filter((s) => s !== undefined);
  const [a, b] = stages;
  if (a === undefined || b === undefined) throw new Error(`表1 has no columns ${columns.join(" and ")}`);
  const names = { a: a.heading, b: b.heading };
  const title = fill(UI.table.pairTitle, names);
  return {
    page: await pageMeta({
      titleZh: title,
      description: fill(UI.table.pairDescription, names),
      path: pairPath(a, b),
      kind: "table",
      papers: ["paper-a"],
      crumbs: [{ label: UI.nav.table1, href: siteHref(PATHS.table1) }, { label: title }],
    }),
    title,
    fullTableHref: siteHref(PATHS.table1),
    table: {
      caption: title,
      captionEn: fill(UI.table.pairTitleEn, { a: a.titleOther, b: b.titleOther }),
      stages,
      rows: selectColumns(table.rows, columns),
      constantLabel: UI.table.samePair,
    },
  };
}
