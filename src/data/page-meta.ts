import { LOCALE } from "../i18n/locale.ts";
import { UI } from "../i18n/ui.ts";
import type { Crumb, PageMeta, TocItem } from "../lib/views.ts";
import { SITE } from "../site.config.ts";
import { PATHS } from "../lib/routes.ts";
import { getEdition } from "./changelog.ts";
import { absoluteUrl, siteHref } from "./env.ts";
import { getHeadView } from "./head.ts";
import { getAnchorMoves } from "./permalinks.ts";
import { isStale } from "./translations.ts";
import { validateContent } from "./validate.ts";

/** What a page view says about the page as a whole; the rest of PageMeta is derived from it. */
export interface PageInput {
  /** The page's title in Chinese (the h1 is the page's own). */
  titleZh: string;
  description: string;
  /** The page's site-relative path ("paper-b/b-3-2-1/", "" for home). */
  path: string;
  /** The unit the page is the home of, for its citation metadata. */
  unitId?: string;
  /** Breadcrumbs after 首页 (the last one is the page itself). */
  crumbs?: readonly Crumb[];
  toc?: readonly TocItem[];
  kind?: string;
  papers?: readonly string[];
  noIndex?: boolean;
  /** Where a moved page sends the reader (absolute path). */
  refresh?: string;
  /** The content entry the page presents: in the English edition, the page says when its Chinese has changed since the translation. */
  source?: object | undefined;
  /** Anchors once published on this page that are not units (headings), with their new absolute href; units' come from content/ids.json. */
  anchorMoves?: Readonly<Record<string, string>>;
}

/** The crumb of the home page, first in every trail. */
export function homeCrumb(): Crumb {
  return { label: UI.nav.home, href: siteHref("") };
}

/**
 * The layout's part of a page view: title, head metadata computed from the page's unit, breadcrumbs
 * (home first), table of contents, search filters. Every page view calls it, so every page build
 * first checks that no content entry refers to one that does not exist.
 */
export async function pageMeta(input: PageInput): Promise<PageMeta> {
  await validateContent();
  const canonical = absoluteUrl(siteHref(input.path));
  return {
    title: input.titleZh === SITE.nameZh ? input.titleZh : `${input.titleZh} | ${SITE.nameZh}`,
    description: input.description,
    canonical,
    head: await getHeadView({ titleZh: input.titleZh, description: input.description, url: canonical, unitId: input.unitId }),
    crumbs: input.crumbs === undefined ? [] : [homeCrumb(), ...input.crumbs],
    toc: [...(input.toc ?? [])],
    ...(input.kind === undefined ? {} : { kind: input.kind }),
    papers: [...(input.papers ?? [])],
    noIndex: input.noIndex ?? false,
    ...(input.refresh === undefined ? {} : { refresh: input.refresh }),
    stale: input.source !== undefined && LOCALE === "en" && isStale(input.source),
    anchorMoves: { ...input.anchorMoves, ...(await getAnchorMoves(input.path, siteHref)) },
    edition: { label: (await getEdition()).id, href: siteHref(PATHS.changelog) },
  };
}
