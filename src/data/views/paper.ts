import type { CollectionEntry } from "../content.ts";
import { withShownHeadings } from "../translations.ts";
import { ELEMENT_KIND_LABELS } from "../../i18n/kinds.ts";
import { UI } from "../../i18n/ui.ts";
import { bookletPath, locateUnit, PATHS } from "../../lib/routes.ts";
import { buildSectionTree, type SectionNode } from "../../lib/sections.ts";
import type { CiteView, PageMeta, TitledLink } from "../../lib/views.ts";
import { getCiteView } from "../cite-view.ts";
import { getElements, getPapers, getSections } from "../collections.ts";
import { siteHref } from "../env.ts";
import { sectionHref } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { renderBody, titledLink, type Body } from "./shared.ts";

/** A paper's overview: the site's summary first (what a reader comes for), then the metadata, the outline, and its model elements by kind. */
export interface PaperView {
  page: PageMeta;
  paper: CollectionEntry<"papers">;
  cite: CiteView;
  Content: Body;
  outline: SectionNode[];
  /** The paper's top-level elements, grouped by kind in the order the kinds first appear. */
  kinds: { id: string; label: string; matrixHref?: string; elements: TitledLink[] }[];
  /** The paper's booklet: all its sections and elements on one page, for print. */
  booklet: { href: string; label: string };
}

/** The paper pages' paths. */
export async function getPaperPaths() {
  return (await getPapers()).map((paper) => ({ params: { paper: paper.id }, props: { id: paper.id } }));
}

/** Everything a paper's overview page shows. */
export async function getPaperView(id: string): Promise<PaperView> {
  const paper = (await getPapers()).find((p) => p.id === id);
  if (paper === undefined) throw new Error(`content/papers/${id}.mdx is missing`);
  const { Content } = await renderBody(paper);
  const sections = await getSections(paper.id);
  const elements = (await getElements(paper.id)).filter((e) => e.data.parent === undefined);
  const kinds = [...new Set(elements.map((e) => e.data.kind))].map((k) => ({
    id: `kind-${k}`,
    label: ELEMENT_KIND_LABELS[k],
    ...(k === "indicator" ? { matrixHref: siteHref(PATHS.matrix) } : {}),
    elements: elements.filter((e) => e.data.kind === k).map((e) => titledLink("element", e)),
  }));
  const title = `${paper.data.labelZh}：${paper.data.titleZh}`;
  const toc = [
    { id: "summary", label: UI.paper.summary, depth: 2 as const },
    { id: "metadata", label: UI.paper.metadata, depth: 2 as const },
    { id: "outline", label: UI.paper.outline, depth: 2 as const },
    ...kinds.map((k) => ({ id: k.id, label: k.label, depth: 2 as const })),
  ];
  return {
    page: await pageMeta({
      source: paper,
      titleZh: title,
      description: title,
      path: locateUnit("paper", paper.id).path,
      unitId: paper.id,
      kind: "paper",
      papers: [paper.id],
      crumbs: [{ label: paper.data.labelZh }],
      toc,
    }),
    paper,
    cite: await getCiteView(paper.id),
    Content,
    outline: buildSectionTree(withShownHeadings(sections), undefined, sectionHref),
    kinds,
    booklet: { href: siteHref(bookletPath(paper.id)), label: UI.booklet.link },
  };
}
