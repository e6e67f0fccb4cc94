import { getEntry } from "../content.ts";
import { COMPARISON_KIND_LABELS } from "../../i18n/kinds.ts";
import { fill, UI } from "../../i18n/ui.ts";
import { aspectOf, aspectPath, PATHS } from "../../lib/routes.ts";
import { tocFromHeadings } from "../../lib/toc.ts";
import { shortSectionLabel } from "../../lib/sections.ts";
import type { ClaimView, ComparisonAxisView, MainDifferenceView, MatrixRowView, PageMeta, SectionLink, ShortLink } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getCiteView } from "../cite-view.ts";
import { getComparisons, getSitePage } from "../collections.ts";
import { siteHref } from "../env.ts";
import { getLocatorViews, getSectionTrail, sectionHref, type Locator } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { getAnchorMoves } from "../permalinks.ts";
import { hrefTo, renderBody, type Body } from "./shared.ts";

/** The comparison page: every axis on which the two papers agree or differ. */
export interface CompareView {
  page: PageMeta;
  rows: MatrixRowView[];
  /** The papers' short labels, as the matrix's column headings. */
  papers: [string, string];
  /** The crosswalk of the two models (its own page). */
  crosswalkHref: string;
  /** The main differences, each linked to its claims (content/pages/compare.mdx). */
  mainDifferences: MainDifferenceView[];
  /** The whole comparison as data. */
  downloads: { csv: string; json: string; claims: number; axes: number };
}

/** One axis's own page, /compare/<aspect>/: its long-form reading and its claims. */
export interface CompareAspectView {
  page: PageMeta;
  axis: ComparisonAxisView & { Content: Body };
  /** The axis's row in the matrix on /compare/. */
  rowHref: string;
  /** The axes before and after this one, in the matrix's order. */
  prev?: ShortLink | undefined;
  next?: ShortLink | undefined;
}

/** The order of kinds in a row's verdict: where the papers differ first. */
const KIND_ORDER: ClaimView["kind"][] = ["differ", "agree", "b-leaves-out", "a-leaves-out"];

/**
 * Compact links to the distinct sections a set of locators points at, in first-seen order. No title: the section's
 * name is in its link preview (a title's tooltip would show it a second time over the card).
 */
async function shortLinks(locators: readonly Locator[]): Promise<SectionLink[]> {
  const ids = [...new Set(locators.map((l) => l.section.id))];
  return Promise.all(
    ids.map(async (id) => {
      const trail = await getSectionTrail(id);
      const last = trail.at(-1);
      if (last === undefined) throw new Error(`content/sections: "${id}" is missing`);
      return {
        label: shortSectionLabel(trail.map((s) => ({ number: s.data.number, heading: s.data.titleZh }))),
        href: sectionHref(last),
      };
    }),
  );
}

const labelOf = (paper: { data: { labelZh: string } } | undefined): string => {
  if (paper === undefined) throw new Error("content/papers: paper-a or paper-b is missing");
  return paper.data.labelZh;
};

/** The short label of an axis: its title before the colon (行动者：… → 行动者). */
const shortAxis = (data: { titleZh: string; shortZh?: string | undefined }): string => data.shortZh ?? data.titleZh.split(/[：:]/)[0] ?? data.titleZh;

/** The main differences of content/pages/compare.mdx, each claim id resolved to a link (an unknown id fails the build). */
async function mainDifferences(comparisons: Awaited<ReturnType<typeof getComparisons>>): Promise<CompareView["mainDifferences"]> {
  const page = await getSitePage("compare");
  const list = page.data.mainDifferences;
  if (list === undefined)
    throw new Error(`${page.filePath ?? "content/pages/compare.mdx"}: field "mainDifferences" is missing: the comparison page needs three to five`);
  return list.map((d, i) => ({
    textZh: d.textZh,
    claims: d.claims.map((id, j) => {
      const axis = comparisons.find((c) => c.data.claims.some((x) => x.id === id));
      if (axis === undefined) {
        throw new Error(
          `${page.filePath ?? "content/pages/compare.mdx"}: field "mainDifferences.${i}.claims.${j}" is "${id}", which is not the id of any comparison claim`,
        );
      }
      const n = axis.data.claims.findIndex((x) => x.id === id) + 1;
      const label = fill(UI.compare.main.claim, { axis: shortAxis(axis.data), n: String(n) });
      return { label, title: label, href: hrefTo("claim", id) };
    }),
  }));
}

/** Everything the comparison page shows. */
export async function getCompareView(): Promise<CompareView> {
  const comparisons = await getComparisons();
  const pageEntry = await getSitePage("compare");
  // Anchors published on /compare/ before each axis had its own page: the row keeps them, so an old link lands on it.
  const moved = await getAnchorMoves(PATHS.compare, siteHref);
  const aliasesOf = (href: string) => Object.keys(moved).filter((anchor) => (moved[anchor] ?? "").split("#")[0] === href);
  const rows: MatrixRowView[] = await Promise.all(
    comparisons.map(async (axis) => {
      const verdicts = KIND_ORDER.map((kind) => ({
        kind,
        label: COMPARISON_KIND_LABELS[kind],
        count: axis.data.claims.filter((c) => c.kind === kind).length,
      })).filter((v) => v.count > 0);
      return {
        id: `${axis.id}-row`,
        aspect: aspectOf(axis.id),
        labelZh: shortAxis(axis.data),
        href: hrefTo("comparison", axis.id),
        aZh: axis.data.aZh,
        bZh: axis.data.bZh,
        aLinks: await shortLinks(axis.data.claims.flatMap((c) => c.a)),
        bLinks: await shortLinks(axis.data.claims.flatMap((c) => c.b)),
        verdicts,
        kinds: verdicts.map((v) => v.kind).join(" "),
        cite: await getCiteView(`${axis.id}-row`),
        aliases: aliasesOf(hrefTo("comparison", axis.id)),
      };
    }),
  );
  const [a, b] = [await getEntry("papers", PAPER_IDS[0]), await getEntry("papers", PAPER_IDS[1])];
  return {
    rows,
    papers: [labelOf(a), labelOf(b)],
    page: await pageMeta({
      titleZh: pageEntry.data.titleZh,
      description: pageEntry.data.descriptionZh,
      path: PATHS.compare,
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare }],
      toc: [
        { id: "main-differences", label: UI.compare.main.heading, depth: 2 },
        { id: "compare-matrix", label: UI.compare.matrix.heading, depth: 2 },
        { id: "compare-downloads", label: UI.compare.downloads.heading, depth: 2 },
      ],
    }),
    crosswalkHref: siteHref(PATHS.crosswalk),
    mainDifferences: await mainDifferences(comparisons),
    downloads: {
      csv: siteHref(PATHS.comparisonCsv),
      json: siteHref(PATHS.comparisonJson),
      claims: comparisons.reduce((n, c) => n + c.data.claims.length, 0),
      axes: comparisons.length,
    },
  };
}

/** An axis as its page shows it: title, cite control, body and claims with their locators. */
async function axisView(axis: Awaited<ReturnType<typeof getComparisons>>[number], Content: Body): Promise<CompareAspectView["axis"]> {
  return {
    id: axis.id,
    titleZh: axis.data.titleZh,
    titleEn: axis.data.titleEn,
    cite: await getCiteView(axis.id),
    Content,
    claims: await Promise.all(
      axis.data.claims.map(async (claim) => ({
        id: claim.id,
        kind: claim.kind,
        label: COMPARISON_KIND_LABELS[claim.kind],
        textZh: claim.textZh,
        locators: await getLocatorViews([...claim.a, ...claim.b]),
        cite: await getCiteView(claim.id),
      })),
    ),
  };
}

/** The axes, for their pages' routes. */
export async function getCompareAspectPaths() {
  return (await getComparisons()).map((axis) => ({ params: { aspect: aspectOf(axis.id) }, props: { id: axis.id } }));
}

/** Everything an axis's own page shows. */
export async function getCompareAspectView(id: string): Promise<CompareAspectView> {
  const comparisons = await getComparisons();
  const at = comparisons.findIndex((c) => c.id === id);
  const entry = comparisons[at];
  if (entry === undefined) throw new Error(`content/comparisons: "${id}" is missing`);
  const neighbour = (c: (typeof comparisons)[number] | undefined): ShortLink | undefined =>
    c === undefined ? undefined : { label: shortAxis(c.data), title: c.data.titleZh, href: hrefTo("comparison", c.id) };
  const { Content, headings } = await renderBody(entry);
  const axis = await axisView(entry, Content);
  return {
    axis,
    rowHref: hrefTo("matrix-row", `${id}-row`),
    prev: neighbour(comparisons[at - 1]),
    next: neighbour(comparisons[at + 1]),
    page: await pageMeta({
      titleZh: entry.data.titleZh,
      description: fill(UI.compare.aspect.description, { aspect: shortAxis(entry.data) }),
      path: aspectPath(id),
      unitId: id,
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare, href: siteHref(PATHS.compare) }, { label: shortAxis(entry.data) }],
      toc: [...tocFromHeadings(headings, 2), { id: "claims", label: UI.compare.aspect.claims, depth: 2 as const }],
      source: entry,
    }),
  };
}
