import { getEntries } from "../content.ts";
import { renderingOf } from "../translations.ts";
import { fill, UI } from "../../i18n/ui.ts";
import type { MentionGroup } from "../../lib/backlinks.ts";
import { locateUnit, PATHS } from "../../lib/routes.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import type { CiteView, ConceptPaperView, PageMeta, TitledLink } from "../../lib/views.ts";
import { getMentionGroups } from "../backlinks.ts";
import { getCiteView } from "../cite-view.ts";
import { getConcepts, getPapers } from "../collections.ts";
import { siteHref } from "../env.ts";
import { getLocatorViews } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo, renderBody, titledLink, type Body } from "./shared.ts";

/** A concept: the site's account, both papers' views side by side, related concepts, and the pages that mention it. */
export interface ConceptView {
  page: PageMeta;
  id: string;
  titleZh: string;
  titleEn: string;
  /** Whose rendering the English title is, and Paper B's own wording where the site departs from it. */
  titleEnSource: "paper" | "site";
  paperEn: { quote: string; where: "title" | "abstract" | "text" } | undefined;
  cite: CiteView;
  aliases: string[];
  Content: Body;
  views: ConceptPaperView[];
  related: TitledLink[];
  /** Where the concept is named, linked or listed, grouped by paper: each unit, the exact place, the sentence around it. */
  backlinks: MentionGroup[];
  /** How many units mention it. */
  backlinkCount: number;
}

/** The concept index: every concept, linked. */
export interface ConceptsView {
  page: PageMeta;
  concepts: TitledLink[];
}

/** The concept pages' paths. */
export async function getConceptPaths() {
  return (await getConcepts()).map((c) => ({ params: { id: c.id }, props: { id: c.id } }));
}

/** Everything a concept's page shows. */
export async function getConceptView(id: string): Promise<ConceptView> {
  const concept = (await getConcepts()).find((c) => c.id === id);
  if (concept === undefined) throw new Error(`content/concepts/${id}.mdx is missing`);
  const d = concept.data;
  const { Content } = await renderBody(concept);
  const papers = await getPapers();
  const views = await Promise.all(
    PAPER_IDS.map(async (paperId): Promise<ConceptPaperView> => {
      const view = d.views[paperId];
      const label = papers.find((p) => p.id === paperId)?.data.labelZh ?? paperId;
      const common = { paperId, paper: { label, href: hrefTo("paper", paperId) } };
      return view.discussed
        ? {
            ...common,
            discussed: true,
            summaryZh: view.summaryZh,
            quote: view.quote,
            quoteEn: renderingOf(concept, `views.${paperId}.quote`),
            locators: await getLocatorViews(view.locators),
          }
        : { ...common, discussed: false, locators: [] };
    }),
  );
  const backlinks = await getMentionGroups(id);
  return {
    page: await pageMeta({
      source: concept,
      titleZh: d.titleZh,
      description: fill(UI.concept.description, { zh: d.titleZh, en: d.titleEn }),
      path: locateUnit("concept", id).path,
      unitId: id,
      kind: "concept",
      papers: views.filter((v) => v.discussed).map((v) => v.paperId),
      crumbs: [{ label: UI.nav.concepts, href: siteHref(PATHS.concepts) }, { label: d.titleZh }],
    }),
    id,
    titleZh: d.titleZh,
    titleEn: d.titleEn,
    titleEnSource: d.titleEnSource,
    paperEn: d.paperEnQuote !== undefined && d.paperEnWhere !== undefined ? { quote: d.paperEnQuote, where: d.paperEnWhere } : undefined,
    cite: await getCiteView(id),
    aliases: d.aliasesZh,
    Content,
    views,
    related: (await getEntries(d.related)).map((c) => titledLink("concept", c)),
    backlinks: backlinks.groups,
    backlinkCount: backlinks.count,
  };
}

/** Everything the concept index shows. */
export async function getConceptsView(): Promise<ConceptsView> {
  return {
    page: await pageMeta({
      titleZh: UI.nav.concepts,
      description: UI.conceptsIndex.description,
      path: PATHS.concepts,
      kind: "concept",
      crumbs: [{ label: UI.nav.concepts }],
    }),
    concepts: (await getConcepts()).map((c) => titledLink("concept", c)),
  };
}
