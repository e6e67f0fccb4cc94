import { getEntry } from "../content.ts";
import { withShownHeadings } from "../translations.ts";
import { locateUnit } from "../../lib/routes.ts";
import { buildSectionTree, numberedHeading, sectionNeighbours } from "../../lib/sections.ts";
import { tocFromHeadings } from "../../lib/toc.ts";
import type { CiteView, LocatorView, PageMeta, SectionNode, SectionPagerView, TitledLink } from "../../lib/views.ts";
import { getCitationInput } from "../citations.ts";
import { getCiteView } from "../cite-view.ts";
import { getElements, getSections } from "../collections.ts";
import { getLocatorView, getSectionTrail, sectionHref } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo, paperCrumb, renderBody, titledLink, type Body } from "./shared.ts";

/** A section of a paper: the site's account of it, its subsections, and the model elements it treats. */
export interface SectionView {
  page: PageMeta;
  id: string;
  titleZh: string;
  titleEn: string;
  /** "论文B · 三": the paper and the section's number. */
  eyebrow: string;
  cite: CiteView;
  locator: LocatorView;
  Content: Body;
  subsections: SectionNode[];
  elements: TitledLink[];
  /** Reading on: the previous and next sections of the paper in document order, and the enclosing section (or the paper). */
  pager: SectionPagerView;
}

/** The section pages' paths. */
export async function getSectionPaths() {
  return (await getSections()).map((s) => ({ params: { paper: s.data.paper.id, section: s.id }, props: { id: s.id } }));
}

/** Everything a section's page shows. */
export async function getSectionView(id: string): Promise<SectionView> {
  const trail = await getSectionTrail(id);
  const section = trail.at(-1);
  if (section === undefined || section.id !== id) throw new Error(`content/sections: "${id}" is missing`);
  const paper = await getEntry(section.data.paper);
  const { Content, headings } = await renderBody(section);
  const label = numberedHeading(section.data.number, section.data.titleZh);
  const crumbs = [
    paperCrumb(paper),
    ...trail.slice(0, -1).map((s) => ({ label: numberedHeading(s.data.number, s.data.titleZh), href: sectionHref(s) })),
    { label },
  ];
  // The description names the section with its whole number trail ("论文B 三（二）…"), as its citation title does.
  const { pageTitle } = await getCitationInput(id);
  const ordered = await getSections(paper.id);
  const { prev, next, up } = sectionNeighbours(ordered, id);
  const numbered = (s: (typeof ordered)[number]) => ({ label: numberedHeading(s.data.number, s.data.titleZh), href: sectionHref(s) });
  return {
    page: await pageMeta({
      source: section,
      titleZh: label,
      description: pageTitle,
      path: locateUnit("section", id, paper.id).path,
      unitId: id,
      kind: "section",
      papers: [paper.id],
      crumbs,
      toc: tocFromHeadings(headings),
    }),
    id,
    titleZh: section.data.titleZh,
    titleEn: section.data.titleEn,
    eyebrow: `${paper.data.labelZh} · ${section.data.number}`,
    cite: await getCiteView(id),
    locator: await getLocatorView({
      paper: section.data.paper,
      section: { collection: "sections", id },
      ...(section.data.page === undefined ? {} : { page: section.data.page }),
    }),
    Content,
    subsections: buildSectionTree(withShownHeadings(ordered), id, sectionHref),
    elements: (await getElements(paper.id)).filter((e) => e.data.locator.section.id === id).map((e) => titledLink("element", e)),
    pager: {
      prev: prev === undefined ? undefined : numbered(prev),
      next: next === undefined ? undefined : numbered(next),
      up: up === undefined ? { label: paper.data.labelZh, href: hrefTo("paper", paper.id), section: false } : { ...numbered(up), section: true },
    },
  };
}
