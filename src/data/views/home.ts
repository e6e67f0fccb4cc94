import { PATHS } from "../../lib/routes.ts";
import type { Link, PageMeta } from "../../lib/views.ts";
import { getPapers, getSitePage, getStages } from "../collections.ts";
import { siteHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo, renderBody, type Body } from "./shared.ts";

/** The home page: the site's introduction, the two papers, 表1, the three stages, the way to search. */
export interface HomeView {
  page: PageMeta;
  titleZh: string;
  titleEn: string;
  Content: Body;
  papers: (Link & { title: string })[];
  table1Href: string;
  stages: (Link & { period: string })[];
  searchHref: string;
}

/** Everything the home page shows. */
export async function getHomeView(): Promise<HomeView> {
  const entry = await getSitePage("home");
  const { Content } = await renderBody(entry);
  return {
    page: await pageMeta({ titleZh: entry.data.titleZh, description: entry.data.descriptionZh, path: PATHS.home, kind: "page" }),
    titleZh: entry.data.titleZh,
    titleEn: entry.data.titleEn,
    Content,
    papers: (await getPapers()).map((p) => ({ label: p.data.labelZh, title: p.data.titleZh, href: hrefTo("paper", p.id) })),
    table1Href: siteHref(PATHS.table1),
    stages: (await getStages()).map((s) => ({ label: s.data.titleZh, period: s.data.period.labelQuote, href: hrefTo("stage", s.id) })),
    searchHref: siteHref(PATHS.search),
  };
}
