import { COMPARISON_KIND_LABELS } from "../../i18n/kinds.ts";
import { UI } from "../../i18n/ui.ts";
import { PATHS } from "../../lib/routes.ts";
import type { ComparisonAxisView, PageMeta } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getCiteView } from "../cite-view.ts";
import { getComparisons } from "../collections.ts";
import { siteHref } from "../env.ts";
import { getLocatorViews } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { renderBody, type Body } from "./shared.ts";

/** The comparison page: every axis on which the two papers agree or differ. */
export interface CompareView {
  page: PageMeta;
  axes: (ComparisonAxisView & { Content: Body })[];
  /** The crosswalk of the two models (its own page). */
  crosswalkHref: string;
}

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
          kind: claim.kind,
          label: COMPARISON_KIND_LABELS[claim.kind],
          textZh: claim.textZh,
          locators: await getLocatorViews([...claim.a, ...claim.b]),
        })),
      ),
    })),
  );
  return {
    page: await pageMeta({
      titleZh: UI.nav.compare,
      description: UI.compare.description,
      path: PATHS.compare,
      kind: "comparison",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.compare }],
      toc: axes.map((a) => ({ id: a.id, label: a.titleZh, depth: 2 })),
    }),
    axes,
    crosswalkHref: siteHref(PATHS.crosswalk),
  };
}
