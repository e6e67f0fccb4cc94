/** Views of the pages made of the site's own prose: how to cite, search, not found. */
import { PATHS } from "../../lib/routes.ts";
import { tocFromHeadings } from "../../lib/toc.ts";
import type { CiteFormatsView, PageMeta } from "../../lib/views.ts";
import { getCitationInput } from "../citations.ts";
import { getCiteFormatsView } from "../cite-view.ts";
import { getSitePage } from "../collections.ts";
import { siteHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";
import { renderBody, type Body } from "./shared.ts";

/** A page of the site's own prose: its titles and body. */
export interface ProseView {
  page: PageMeta;
  titleZh: string;
  titleEn: string;
  Content: Body;
}

/** The guide to citing: its text and two worked examples. */
export interface HowToCiteView extends ProseView {
  examples: { id: string; title: string; href: string; formats: CiteFormatsView }[];
}

// A Paper B section (cited as the paper and as this site) and a 表1 row of Paper A (this site only).
const EXAMPLES = ["b-3-2-1", "dim-resource-allocation"];

/** Everything the how-to-cite page shows. */
export async function getHowToCiteView(): Promise<HowToCiteView> {
  const entry = await getSitePage("how-to-cite");
  const { Content, headings } = await renderBody(entry);
  const examples = await Promise.all(
    EXAMPLES.map(async (id) => ({ id, title: (await getCitationInput(id)).pageTitle, href: siteHref(`cite/${id}/`), formats: await getCiteFormatsView(id) })),
  );
  const toc = [...tocFromHeadings(headings, 2), ...examples.map((e) => ({ id: `example-${e.id}`, label: e.title, depth: 3 as const }))];
  return {
    page: await pageMeta({
      titleZh: entry.data.titleZh,
      description: entry.data.descriptionZh,
      path: "how-to-cite/",
      kind: "page",
      crumbs: [{ label: entry.data.titleZh }],
      toc,
    }),
    titleZh: entry.data.titleZh,
    titleEn: entry.data.titleEn,
    Content,
    examples,
  };
}

/** Everything the search page shows around the search form. */
export async function getSearchView(): Promise<ProseView> {
  const entry = await getSitePage("search");
  const { Content } = await renderBody(entry);
  return {
    page: await pageMeta({
      titleZh: entry.data.titleZh,
      description: entry.data.descriptionZh,
      path: PATHS.search,
      noIndex: true,
      crumbs: [{ label: entry.data.titleZh }],
    }),
    titleZh: entry.data.titleZh,
    titleEn: entry.data.titleEn,
    Content,
  };
}

/** Everything the "page not found" page shows. */
export async function getNotFoundView(): Promise<ProseView & { searchHref: string }> {
  const entry = await getSitePage("not-found");
  const { Content } = await renderBody(entry);
  return {
    page: await pageMeta({ titleZh: entry.data.titleZh, description: entry.data.descriptionZh, path: "404/", noIndex: true }),
    titleZh: entry.data.titleZh,
    titleEn: entry.data.titleEn,
    Content,
    searchHref: siteHref(PATHS.search),
  };
}
