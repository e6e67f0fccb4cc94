import type { CollectionEntry } from "../content.ts";
import { renderingOf } from "../translations.ts";
import { UI } from "../../i18n/ui.ts";
import { PATHS } from "../../lib/routes.ts";
import type { MatrixCellView, MatrixTableView, PageMeta } from "../../lib/views.ts";
import { getCiteView } from "../cite-view.ts";
import { siteHref } from "../env.ts";
import { getLocatorView } from "../locators.ts";
import { getMatrix } from "../matrix.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo } from "./shared.ts";

/** Paper B's indicator matrix: indicators × actors, then the indicators described per system. */
export interface MatrixView {
  page: PageMeta;
  downloads: { csv: string; json: string };
  actors: MatrixTableView;
  systems: MatrixTableView[];
}

async function cellView(cell: CollectionEntry<"matrix"> | undefined): Promise<MatrixCellView | undefined> {
  if (cell === undefined) return undefined;
  const d = cell.data;
  return {
    id: cell.id,
    specified: d.specified,
    summaryZh: d.summaryZh,
    quote: d.quote,
    quoteEn: renderingOf(cell, "quote"),
    locator: await getLocatorView(d.locator),
    cite: await getCiteView(cell.id),
  };
}

/** Everything the matrix page shows. */
export async function getMatrixView(): Promise<MatrixView> {
  const { indicators, actors, systems, cells, cellFor } = await getMatrix();
  const link = (kind: "element" | "concept", e: { id: string; data: { titleZh: string } }) => ({ label: e.data.titleZh, href: hrefTo(kind, e.id) });
  const systemIndicators = indicators.filter((i) => cells.some((c) => c.data.indicator.id === i.id && c.data.system));
  return {
    page: await pageMeta({
      titleZh: UI.matrix.title,
      description: UI.matrix.description,
      path: PATHS.matrix,
      kind: "indicator",
      papers: ["paper-b"],
      crumbs: [{ label: UI.nav.paperB, href: hrefTo("paper", "paper-b") }, { label: UI.matrix.title }],
    }),
    downloads: { csv: siteHref("paper-b/matrix.csv"), json: siteHref("paper-b/matrix.json") },
    actors: {
      id: "matrix-actors",
      caption: `${UI.matrix.title}（${actors.map((a) => a.data.titleZh).join(" / ")}）`,
      columns: actors.map((a) => link("element", a)),
      rows: await Promise.all(
        indicators.map(async (i) => ({ head: link("element", i), cells: await Promise.all(actors.map((a) => cellView(cellFor(i.id, a.id)))) })),
      ),
    },
    systems: await Promise.all(
      systemIndicators.map(async (i) => ({
        id: `matrix-${i.id}`,
        caption: i.data.titleZh,
        columns: systems.map((s) => link("concept", s)),
        rows: [{ cells: await Promise.all(systems.map((s) => cellView(cellFor(i.id, s.id)))) }],
      })),
    ),
  };
}
