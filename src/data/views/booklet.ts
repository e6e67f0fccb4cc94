/** A paper's booklet: every section of the paper in order, each with the model elements it treats, on one page for print. */
import { getEntry } from "../content.ts";
import { ELEMENT_KIND_LABELS } from "../../i18n/kinds.ts";
import { fill, UI } from "../../i18n/ui.ts";
import { bookletPath, locateUnit } from "../../lib/routes.ts";
import { numberedHeading } from "../../lib/sections.ts";
import type { BookletPageView, BookletSectionView, TocItem } from "../../lib/views.ts";
import { getElements, getPapers, getSections } from "../collections.ts";
import { siteHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo, paperCrumb, renderBody, type Body } from "./shared.ts";

/** Everything a paper's booklet shows (its shape is in src/lib/views.ts, where the component reads it). */
export type BookletView = BookletPageView<Body>;

/** The booklets' paths: one per paper. */
export async function getBookletPaths() {
  return (await getPapers()).map((paper) => ({ params: { paper: paper.id }, props: { id: paper.id } }));
}

/** Everything a paper's booklet shows. */
export async function getBookletView(id: string): Promise<BookletView> {
  const paper = await getEntry("papers", id);
  if (paper === undefined) throw new Error(`content/papers/${id}.mdx is missing`);
  const label = paper.data.labelZh;
  const sections = await getSections(id);
  const elements = await getElements(id);
  const depthOf = (s: (typeof sections)[number]): number => {
    const parent = sections.find((p) => p.id === s.data.parent?.id);
    return parent === undefined ? 0 : depthOf(parent) + 1;
  };
  const shown: BookletSectionView<Body>[] = await Promise.all(
    sections.map(async (s) => ({
      id: s.id,
      label: numberedHeading(s.data.number, s.data.titleZh),
      titleEn: s.data.titleEn,
      depth: depthOf(s),
      href: hrefTo("section", s.id, id),
      Content: (await renderBody(s)).Content,
      elements: await Promise.all(
        elements
          .filter((e) => e.data.locator.section.id === s.id)
          .map(async (e) => {
            const parent = elements.find((p) => p.id === e.data.parent?.id);
            const kind = ELEMENT_KIND_LABELS[e.data.kind];
            return {
              id: e.id,
              titleZh: e.data.titleZh,
              titleEn: e.data.titleEn,
              kind: parent === undefined ? kind : `${kind} · ${parent.data.titleZh}`,
              definition: e.data.definitionZh,
              href: hrefTo("element", e.id),
              Content: (await renderBody(e)).Content,
            };
          }),
      ),
    })),
  );
  const title = fill(UI.booklet.title, { paper: label });
  const toc: TocItem[] = shown.filter((s) => s.depth === 0).map((s) => ({ id: s.id, label: s.label, depth: 2 }));
  return {
    page: await pageMeta({
      titleZh: title,
      description: fill(UI.booklet.description, { paper: label }),
      path: bookletPath(id),
      kind: "paper",
      papers: [id],
      crumbs: [paperCrumb(paper), { label: title }],
      toc,
      noIndex: true,
    }),
    title,
    paperTitle: paper.data.titleZh,
    intro: fill(UI.booklet.intro, { paper: label }),
    paperHref: siteHref(locateUnit("paper", id).path),
    sections: shown,
  };
}
