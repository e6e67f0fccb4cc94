import { CROSSWALK_TYPE_LABELS } from "../../i18n/kinds.ts";
import { fill, UI } from "../../i18n/ui.ts";
import { countByType, CROSSWALK_PARTS, rootOf, type CrosswalkPart, type CrosswalkType } from "../../lib/crosswalk.ts";
import { crosswalkPartPath, PATHS } from "../../lib/routes.ts";
import type { CrosswalkCountView, CrosswalkGroupView, CrosswalkPartLinkView, CrosswalkRowView, PageMeta, SectionPagerView } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getCrosswalkEntries, getElements, getStages } from "../collections.ts";
import { getCiteView } from "../cite-view.ts";
import type { CollectionEntry } from "../content.ts";
import { getCrosswalkModel, getCrosswalkPairs, partOfEntry } from "../crosswalk.ts";
import { getAnchorMoves } from "../permalinks.ts";
import { resolveUnit } from "../units.ts";
import { siteHref } from "../env.ts";
import { getLocatorView, type Locator } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo } from "./shared.ts";

/** The crosswalk's hub, /compare/crosswalk/: counts, the diagram, and the parts, each linked to its page. */
export interface CrosswalkView {
  page: PageMeta;
  /** Entries by type, for the line under the title. */
  counts: CrosswalkCountView[];
  total: number;
  /** The parts in page order. */
  parts: CrosswalkPartLinkView[];
  /** The diagram's own page, and the anchors once published here for it (kept as empty targets by its link). */
  diagram: { href: string; aliases: string[] };
}

/** The crosswalk diagram's own page, /compare/crosswalk/diagram/. */
export interface CrosswalkDiagramView {
  page: PageMeta;
}

/** One part of the crosswalk, /compare/crosswalk/<part>/: its groups of rows, and the way to the other parts. */
export interface CrosswalkPartView {
  page: PageMeta;
  title: string;
  counts: CrosswalkCountView[];
  total: number;
  groups: CrosswalkGroupView[];
  pager: SectionPagerView;
}

/** The groups of rows, in model order, each with the part it is on. */
type PartGroup = CrosswalkGroupView & { part: CrosswalkPart; label: string };

let built: Promise<{ groups: PartGroup[]; entries: CollectionEntry<"crosswalk">[] }> | undefined;

/** Every entry as a row, grouped by the part of Paper A's model it belongs to (once per build). */
function crosswalkGroups(): Promise<{ groups: PartGroup[]; entries: CollectionEntry<"crosswalk">[] }> {
  built ??= buildGroups();
  return built;
}

async function buildGroups(): Promise<{ groups: PartGroup[]; entries: CollectionEntry<"crosswalk">[] }> {
  await getCrosswalkPairs(); // checked: every id exists, every unit covered
  // Rows in model order: Paper A's stages, then its elements depth-first (characteristics, then layers), B's last.
  const elements = await getElements();
  const stages = await getStages();
  const rank = modelRanks(elements, stages);
  const entries = (await getCrosswalkEntries()).sort(
    (x, y) => (rank.get(x.data.a ?? "") ?? 9999) - (rank.get(y.data.a ?? "") ?? 9999) || (rank.get(x.data.b ?? "") ?? 0) - (rank.get(y.data.b ?? "") ?? 0),
  );
  const model = await getCrosswalkModel();
  const byId = new Map<string, { title: string; href: string; locator: Locator }>([
    ...stages.map((s) => [s.id, { title: s.data.titleZh, href: hrefTo("stage", s.id), locator: s.data.locator }] as const),
    ...elements.map((e) => [e.id, { title: e.data.titleZh, href: hrefTo("element", e.id), locator: e.data.locator }] as const),
  ]);
  const groups: PartGroup[] = [];
  const groupOf = (a: string | undefined, part: CrosswalkPart): PartGroup => {
    const key = a === undefined ? "only-b" : model.stages.has(a) ? "stages" : rootOf(a, model.parents);
    const id = `cw-group-${key.replace(/^a-/, "")}`;
    let group = groups.find((g) => g.id === id);
    if (group === undefined) {
      const label = key === "only-b" ? UI.crosswalk.onlyB : key === "stages" ? UI.crosswalk.stages : (byId.get(key)?.title ?? key);
      const titleZh = key === "only-b" || key === "stages" ? label : fill(UI.crosswalk.group, { title: label });
      group = { id, titleZh, label, part, rows: [] };
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
    groupOf(d.a, partOfEntry(e, model)).rows.push(row);
  }
  return { groups, entries };
}

/** Entries counted by type, every type listed (`all`) or only those with entries. */
function countsOf(types: readonly { type: string }[], all: boolean): CrosswalkCountView[] {
  // Rows carry the type as a string; every one of them came from an entry's typed field.
  const counts = countByType(types as readonly { type: CrosswalkType }[]);
  return (Object.keys(CROSSWALK_TYPE_LABELS) as CrosswalkType[])
    .map((type) => ({ type, ...CROSSWALK_TYPE_LABELS[type], n: counts[type] }))
    .filter((c) => all || c.n > 0);
}

/** The rows of one part, in order. */
const rowsOf = (groups: readonly PartGroup[], part: CrosswalkPart): CrosswalkRowView[] => groups.filter((g) => g.part === part).flatMap((g) => g.rows);

/** The diagram's heading on the hub before it had its own page: an anchor once published. */
const DIAGRAM_ANCHOR = "cw-diagram";

/** The hub's crumb, for the parts' pages. */
const hubCrumb = () => ({ label: UI.crosswalk.title, href: siteHref(PATHS.crosswalk) });

/** A link to a part's page, for the pagers. */
const partLink = (p: CrosswalkPart | undefined) => (p === undefined ? undefined : { label: UI.crosswalk.parts[p], href: siteHref(crosswalkPartPath(p)) });

/** Everything the crosswalk's hub shows. */
export async function getCrosswalkView(): Promise<CrosswalkView> {
  const { groups, entries } = await crosswalkGroups();
  // Anchors published on this page before the parts had their own pages: the rows' (content/ids.json) and the
  // groups' headings. The head script sends them on; without JS each lands on its part's entry below.
  // The diagram, too heavy for the hub with everything else, has its own page.
  const diagramHref = siteHref(PATHS.crosswalkDiagram);
  const headingMoves: Record<string, string> = {
    ...Object.fromEntries(groups.map((g) => [g.id, `${siteHref(crosswalkPartPath(g.part))}#${g.id}`])),
    [DIAGRAM_ANCHOR]: diagramHref,
  };
  const moves = { ...headingMoves, ...(await getAnchorMoves(PATHS.crosswalk, siteHref)) };
  const aliasesOf = (href: string) => Object.keys(moves).filter((anchor) => (moves[anchor] ?? "").split("#")[0] === href);
  const parts = CROSSWALK_PARTS.map((part) => {
    const href = siteHref(crosswalkPartPath(part));
    const rows = rowsOf(groups, part);
    const own = groups.filter((g) => g.part === part);
    return {
      part,
      title: UI.crosswalk.parts[part],
      href,
      total: rows.length,
      counts: countsOf(rows, false),
      groups: own.length > 1 ? own.map((g) => ({ label: g.label, href: `${href}#${g.id}` })) : [],
      aliases: aliasesOf(href),
    };
  });
  return {
    page: await pageMeta({
      titleZh: UI.crosswalk.title,
      description: UI.crosswalk.description,
      path: PATHS.crosswalk,
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare, href: siteHref(PATHS.compare) }, { label: UI.crosswalk.title }],
      anchorMoves: headingMoves,
    }),
    diagram: { href: diagramHref, aliases: aliasesOf(diagramHref) },
    counts: countsOf(
      entries.map((e) => e.data),
      true,
    ),
    total: entries.length,
    parts,
  };
}

/** Everything the diagram's own page shows. */
export async function getCrosswalkDiagramView(): Promise<CrosswalkDiagramView> {
  return {
    page: await pageMeta({
      titleZh: UI.crosswalk.diagramTitle,
      description: UI.crosswalk.diagramDescription,
      path: PATHS.crosswalkDiagram,
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare, href: siteHref(PATHS.compare) }, hubCrumb(), { label: UI.crosswalk.diagram }],
    }),
  };
}

/** The parts, for their pages' routes. */
export function getCrosswalkPartPaths() {
  return CROSSWALK_PARTS.map((part) => ({ params: { part }, props: { part } }));
}

/** Everything one part's page shows. */
export async function getCrosswalkPartView(part: CrosswalkPart): Promise<CrosswalkPartView> {
  const { groups: all } = await crosswalkGroups();
  const groups = all.filter((g) => g.part === part).map(({ part: _part, label: _label, ...g }) => g);
  const at = CROSSWALK_PARTS.indexOf(part);
  const title = UI.crosswalk.parts[part];
  const rows = rowsOf(all, part);
  return {
    title,
    counts: countsOf(rows, false),
    total: rows.length,
    groups,
    pager: {
      prev: partLink(CROSSWALK_PARTS[at - 1]),
      next: partLink(CROSSWALK_PARTS[at + 1]),
      up: { label: UI.crosswalk.partsUp, href: siteHref(PATHS.crosswalk), section: false },
    },
    page: await pageMeta({
      titleZh: `${title} | ${UI.crosswalk.title}`,
      description: fill(UI.crosswalk.partDescription, { part: title }),
      path: crosswalkPartPath(part),
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare, href: siteHref(PATHS.compare) }, hubCrumb(), { label: title }],
      toc: groups.map((g) => ({ id: g.id, label: g.titleZh, depth: 2 as const })),
    }),
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
