import type { CollectionEntry } from "../content.ts";
import { fill, UI } from "../../i18n/ui.ts";
import { PATHS } from "../../lib/routes.ts";
import type { PageMeta, StartHereView } from "../../lib/views.ts";
import { getComparisons, getPapers, getSitePage } from "../collections.ts";
import { siteHref, unitHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";
import { resolveUnit } from "../units.ts";
import { hrefTo, renderBody, type Body } from "./shared.ts";

/** The home page: the site's introduction, where to start (the papers' claims, their agreements and differences, a reading order), the way to search. */
export interface HomeView {
  page: PageMeta;
  titleZh: string;
  titleEn: string;
  Content: Body;
  /** Where a reader begins. */
  start: StartHereView;
  searchHref: string;
}

/** The fixed pages a reading step may name, by the key content/pages/home.mdx uses. */
const START_PATHS = {
  stages: PATHS.stages,
  compare: PATHS.compare,
  concepts: PATHS.concepts,
  glossary: PATHS.glossary,
  timeline: PATHS.timeline,
  references: PATHS.references,
} as const;

/** What a paper card says under the paper's label: its printed title, authors and issue, or what is unknown and where the text comes from. */
function paperLine(paper: CollectionEntry<"papers">): { title?: string; facts: string } {
  const d = paper.data;
  if (d.titleQuote === undefined || d.authors === undefined) {
    const reprint = d.reprint === undefined ? "" : fill(UI.home.reprint, { name: d.reprint.nameZh, year: d.reprint.year, issue: d.reprint.issue });
    return { facts: [UI.home.titleUnknown, reprint, UI.home.originalUnknown].filter((s) => s !== "").join(UI.home.factSeparator) };
  }
  const authors = d.authors.map((a) => a.nameZh).join(UI.punct.listSeparator);
  const issue = d.year !== undefined && d.issue !== undefined ? fill(UI.home.issue, { year: d.year, issue: d.issue }) : "";
  return { title: d.titleQuote, facts: [authors, issue].filter((s) => s !== "").join(UI.home.factSeparator) };
}

/** The "start here" block, from the home page's `startHere` front matter. */
async function getStartHere(entry: CollectionEntry<"pages">): Promise<StartHereView> {
  const start = entry.data.startHere;
  if (start === undefined) throw new Error(`content/pages/home.mdx: field "startHere" is missing: the home page needs it`);
  const papers = new Map((await getPapers()).map((p) => [p.id, p]));
  const axes = new Map((await getComparisons()).map((c) => [c.id, c]));
  const claim = (c: { textZh: string; axis: { id: string } }) => {
    const axis = axes.get(c.axis.id);
    if (axis === undefined) throw new Error(`content/pages/home.mdx: startHere names the comparison "${c.axis.id}", which does not exist`);
    // The axis is named by the part of its title before the colon ("行动者", not the whole "行动者：政产学研用与…").
    return { textZh: c.textZh, axis: { label: axis.data.titleZh.split(/[：:]/)[0] ?? axis.data.titleZh, href: hrefTo("comparison", axis.id) } };
  };
  return {
    papers: start.papers.map(({ paper: ref, summaryZh }) => {
      const paper = papers.get(ref.id);
      if (paper === undefined) throw new Error(`content/pages/home.mdx: startHere names the paper "${ref.id}", which does not exist`);
      return { id: paper.id, label: paper.data.labelZh, href: hrefTo("paper", paper.id), ...paperLine(paper), summaryZh };
    }),
    agreements: start.agreements.map(claim),
    differences: start.differences.map(claim),
    compareHref: siteHref(PATHS.compare),
    reading: await Promise.all(
      start.reading.map(async (step) => ({
        label: step.labelZh,
        whatZh: step.whatZh,
        href:
          step.page !== undefined
            ? siteHref(START_PATHS[step.page])
            : unitHref((await resolveUnit(step.to ?? "", "content/pages/home.mdx startHere.reading")).location),
      })),
    ),
  };
}

/** Everything the home page shows. */
export async function getHomeView(): Promise<HomeView> {
  const entry = await getSitePage("home");
  const { Content } = await renderBody(entry);
  return {
    page: await pageMeta({
      titleZh: entry.data.titleZh,
      description: entry.data.descriptionZh,
      path: PATHS.home,
      kind: "page",
      toc: [
        { id: "start-here", label: UI.home.start, depth: 2 },
        { id: "papers", label: UI.home.papers, depth: 3 },
        { id: "reading-order", label: UI.home.reading, depth: 3 },
        { id: "start-compare", label: UI.home.compare, depth: 3 },
        { id: "search", label: UI.nav.search, depth: 2 },
      ],
    }),
    titleZh: entry.data.titleZh,
    titleEn: entry.data.titleEn,
    Content,
    start: await getStartHere(entry),
    searchHref: siteHref(PATHS.search),
  };
}
