import { CROSSWALK_TYPE_LABELS } from "../../i18n/kinds.ts";
import { fill, UI } from "../../i18n/ui.ts";
import { countByType, rootOf, type CrosswalkType } from "../../lib/crosswalk.ts";
import { PATHS } from "../../lib/routes.ts";
import type { CrosswalkGroupView, CrosswalkRowView, PageMeta } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getCrosswalkEntries, getElements, getStages } from "../collections.ts";
import { getCiteView } from "../cite-view.ts";
import { getCrosswalkPairs } from "../crosswalk.ts";
import { resolveUnit } from "../units.ts";
import { siteHref } from "../env.ts";
import { getLocatorView, type Locator } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo } from "./shared.ts";

/** The crosswalk page: every pair of the two models' elements, grouped by the part of Paper A's model. */
export interface CrosswalkView {
  page: PageMeta;
  groups: CrosswalkGroupView[];
  /** Entries by type, for the line under the title. */
  counts: { type: CrosswalkType; label: string; mark: string; n: number }[];
  total: number;
}

/** Everything the crosswalk page shows. */
export async function getCrosswalkView(): Promise<CrosswalkView> {
  await getCrosswalkPairs(); // checked: every id exists, every unit covered
  // Rows in model order: Paper A's stages, then its elements depth-first (characteristics, then layers), B's last.
  const rank = modelRanks(await getElements(), await getStages());
  const entries = (await getCrosswalkEntries()).sort(
    (x, y) => (rank.get(x.data.a ?? "") ?? 9999) - (rank.get(y.data.a ?? "") ?? 9999) || (rank.get(x.data.b ?? "") ?? 0) - (rank.get(y.data.b ?? "") ?? 0),
  );
  const elements = await getElements();
  const stages = await getStages();
  const byId = new Map<string, { title: string; href: string; locator: Locator }>([
    ...stages.map((s) => [s.id, { title: s.data.titleZh, href: hrefTo("stage", s.id), locator: s.data.locator }] as const),
    ...elements.map((e) => [e.id, { title: e.data.titleZh, href: hrefTo("element", e.id), locator: e.data.locator }] as const),
  ]);
  const parents = new Map(elements.map((e) => [e.id, e.data.parent?.id]));
  const stageIds = new Set(stages.map((s) => s.id));
  const groups: CrosswalkGroupView[] = [];
  const groupOf = (a: string | undefined): CrosswalkGroupView => {
    const key = a === undefined ? "only-b" : stageIds.has(a) ? "stages" : rootOf(a, parents);
    const id = `cw-group-${key.replace(/^a-/, "")}`;
    let group = groups.find((g) => g.id === id);
    if (group === undefined) {
      const titleZh = key === "only-b" ? UI.crosswalk.onlyB : key === "stages" ? UI.crosswalk.stages : `论文A · ${byId.get(key)?.title ?? key}`;
      group = { id, titleZh, rows: [] };
      groups.push(group);
    }
    return group;
  };
  for (const e of entries) {
    const d = e.data;
    const a = d.a === undefined ? undefined : byId.get(d.a);
    const b = d.b === undefined ? undefined : byId.get(d.b);
    const aLocator = d.aAt ?? a?.locator;
    const bLocator = d.bAt ?? b?.locator;
    const { label, mark } = CROSSWALK_TYPE_LABELS[d.type];
    const row: CrosswalkRowView = {
      id: e.id,
      cite: await getCiteView(e.id),
      title: (await resolveUnit(e.id, `content/crosswalk: entry "${e.id}"`)).titleZh,
      type: d.type,
      typeLabel: label,
      mark,
      a: a === undefined ? undefined : { label: a.title, href: a.href },
      b: b === undefined ? undefined : { label: b.title, href: b.href },
      reasonZh: d.reasonZh,
      aLocator:
        aLocator === undefined
          ? undefined
          : await getLocatorView(aLocator, a === undefined ? fill(UI.crosswalk.nearest, { paper: UI.crosswalk.colA }) : UI.crosswalk.colA),
      bLocator:
        bLocator === undefined
          ? undefined
          : await getLocatorView(bLocator, b === undefined ? fill(UI.crosswalk.nearest, { paper: UI.crosswalk.colB }) : UI.crosswalk.colB),
    };
    groupOf(d.a).rows.push(row);
  }
  const counts = countByType(entries.map((e) => e.data));
  return {
    page: await pageMeta({
      titleZh: UI.crosswalk.title,
      description: UI.crosswalk.description,
      path: PATHS.crosswalk,
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare, href: siteHref(PATHS.compare) }, { label: UI.crosswalk.title }],
      toc: [{ id: "cw-diagram", label: UI.crosswalk.diagram, depth: 2 as const }, ...groups.map((g) => ({ id: g.id, label: g.titleZh, depth: 2 as const }))],
    }),
    groups,
    counts: (Object.keys(CROSSWALK_TYPE_LABELS) as CrosswalkType[]).map((type) => ({ type, ...CROSSWALK_TYPE_LABELS[type], n: counts[type] })),
    total: entries.length,
  };
}

/** Each model unit's place in reading order: stages, then each paper's elements depth-first by kind and order. */
function modelRanks(elements: Awaited<ReturnType<typeof getElements>>, stages: Awaited<ReturnType<typeof getStages>>): Map<string, number> {
  const KIND_ORDER = ["characteristic", "layer", "debate", "lesson", "dilemma", "model-stage", "constituent", "indicator", "relation", "feature"];
  const order: string[] = stages.map((s) => s.id);
  const children = (parent: string | undefined) =>
    elements
      .filter((e) => e.data.parent?.id === parent)
      .sort(
        (x, y) =>
          x.data.locator.paper.id.localeCompare(y.data.locator.paper.id) ||
          KIND_ORDER.indexOf(x.data.kind) - KIND_ORDER.indexOf(y.data.kind) ||
          x.data.order - y.data.order,
      );
  const walk = (parent: string | undefined): void => {
    for (const e of children(parent)) {
      order.push(e.id);
      walk(e.id);
    }
  };
  walk(undefined);
  return new Map(order.map((id, i) => [id, i]));
}
