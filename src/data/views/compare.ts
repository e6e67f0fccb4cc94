import { getEntry } from "astro:content";
import { COMPARISON_KIND_LABELS } from "../../i18n/kinds.ts";
import { UI } from "../../i18n/ui.ts";
import { PATHS } from "../../lib/routes.ts";
import { shortSectionLabel, numberedHeading } from "../../lib/sections.ts";
import type { ClaimView, ComparisonAxisView, MatrixRowView, PageMeta, ShortLink } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getCiteView } from "../cite-view.ts";
import { getComparisons } from "../collections.ts";
import { siteHref } from "../env.ts";
import { getLocatorViews, getSectionTrail, sectionHref, type Locator } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { renderBody, type Body } from "./shared.ts";

/** The comparison page: every axis on which the two papers agree or differ. */
export interface CompareView {
  page: PageMeta;
  rows: MatrixRowView[];
  /** The papers' short labels, as the matrix's column headings. */
  papers: [string, string];
  axes: (ComparisonAxisView & { Content: Body })[];
  /** The crosswalk of the two models (its own page). */
  crosswalkHref: string;
}

/** The order of kinds in a row's verdict: where the papers differ first. */
const KIND_ORDER: ClaimView["kind"][] = ["differ", "agree", "b-leaves-out", "a-leaves-out"];

/** Compact links to the distinct sections a set of locators points at, in first-seen order. */
async function shortLinks(locators: readonly Locator[]): Promise<ShortLink[]> {
  const ids = [...new Set(locators.map((l) => l.section.id))];
  return Promise.all(
    ids.map(async (id) => {
      const trail = await getSectionTrail(id);
      const last = trail.at(-1);
      if (last === undefined) throw new Error(`content/sections: "${id}" is missing`);
      return {
        label: shortSectionLabel(trail.map((s) => ({ number: s.data.number, heading: s.data.titleZh }))),
        title: numberedHeading(last.data.number, last.data.headingQuote),
        href: sectionHref(last),
      };
    }),
  );
}

const labelOf = (paper: { data: { labelZh: string } } | undefined): string => {
  if (paper === undefined) throw new Error("content/papers: paper-a or paper-b is missing");
  return paper.data.labelZh;
};

/** Everything the comparison page shows. */
export async function getCompareView(): Promise<CompareView> {
  const comparisons = await getComparisons();
  const axes = await Promise.all(
    comparisons.map(async (axis) => ({
      id: axis.id,
      titleZh: axis.data.titleZh,
      titleEn: axis.data.titleEn,
      cite: await getCiteView(axis.id),
      Content: (await renderBody(axis)).Content,
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
    })),
  );
  const rows: MatrixRowView[] = await Promise.all(
    comparisons.map(async (axis) => {
      const verdicts = KIND_ORDER.map((kind) => ({
        kind,
        label: COMPARISON_KIND_LABELS[kind],
        count: axis.data.claims.filter((c) => c.kind === kind).length,
      })).filter((v) => v.count > 0);
      return {
        id: `${axis.id}-row`,
        aspect: axis.id.replace(/^cmp-/, ""),
        labelZh: axis.data.titleZh.split("：")[0] ?? axis.data.titleZh,
        href: `#${axis.id}`,
        aZh: axis.data.aZh,
        bZh: axis.data.bZh,
        aLinks: await shortLinks(axis.data.claims.flatMap((c) => c.a)),
        bLinks: await shortLinks(axis.data.claims.flatMap((c) => c.b)),
        verdicts,
        kinds: verdicts.map((v) => v.kind).join(" "),
      };
    }),
  );
  const [a, b] = [await getEntry("papers", PAPER_IDS[0]), await getEntry("papers", PAPER_IDS[1])];
  return {
    rows,
    papers: [labelOf(a), labelOf(b)],
    page: await pageMeta({
      titleZh: UI.nav.compare,
      description: UI.compare.description,
      path: PATHS.compare,
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare }],
      toc: [{ id: "compare-matrix", label: UI.compare.matrix.heading, depth: 2 }, ...axes.map((a) => ({ id: a.id, label: a.titleZh, depth: 2 as const }))],
    }),
    axes,
    crosswalkHref: siteHref(PATHS.crosswalk),
  };
}
