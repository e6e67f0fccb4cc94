import { highwireTags, jsonLd, jsonLdText, pageTags, type PageFacts } from "../lib/cite/head-meta.ts";
import type { HeadView } from "../lib/views.ts";
import { SITE } from "../site.config.ts";
import { getCitationInput } from "./citations.ts";
import { absoluteUrl, unitHref } from "./env.ts";
import { getUnitIndex } from "./units.ts";

/** What HeadMeta needs to describe a page: its title, description, URL, and the unit it is the home of. */
export interface HeadInput {
  /** The page's title (as in <title>, without the site name). */
  titleZh: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** The unit this page is the home of (a paper, a section, a concept …), if any. */
  unitId?: string | undefined;
}

/** The page's meta tags and JSON-LD: Dublin Core and Open Graph always, Highwire and the article where the page is a paper's. */
export async function getHeadView({ titleZh, description, url, unitId }: HeadInput): Promise<HeadView> {
  const unit = unitId === undefined ? undefined : (await getUnitIndex()).get(unitId);
  const input = unit === undefined ? undefined : await getCitationInput(unit.id);
  // A paper's overview and section pages describe the paper itself, so reference managers save the article;
  // every other page is the site's own web page.
  const paperPage = input?.paper !== undefined && (input.kind === "paper" || input.kind === "section") && highwireTags(input.paper).length > 0;
  const facts: PageFacts = {
    type: paperPage ? "article" : "website",
    title: input?.pageTitle ?? titleZh,
    description,
    url,
    siteName: SITE.nameZh,
    siteAsCreator: !/\s/.test(SITE.nameZh),
    license: "https://creativecommons.org/licenses/by/4.0/",
    language: SITE.lang,
    ...(input === undefined ? {} : { modified: input.updated.date }),
  };
  const tags = [...(paperPage && input?.paper !== undefined ? highwireTags(input.paper) : []), ...pageTags(facts)];
  const term = unit?.kind === "concept" ? { name: unit.titleZh, alternateName: unit.titleEn, description } : undefined;
  // The paper's overview page describes the article in full, under this @id; its other pages refer to it.
  const paperUnit = input?.paper === undefined ? undefined : (await getUnitIndex()).get(input.paper.id);
  const articleId = paperUnit === undefined ? undefined : `${absoluteUrl(unitHref(paperUnit.location))}#article`;
  return { tags, jsonLd: jsonLdText(jsonLd(facts, input, term, articleId)) };
}
