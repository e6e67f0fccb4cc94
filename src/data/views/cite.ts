import { UNIT_KIND_LABELS } from "../../i18n/kinds.ts";
import { CITE_UI, fill } from "../../i18n/ui.ts";
import { PATHS } from "../../lib/routes.ts";
import type { CiteFormatsView, Link, PageMeta, PermalinkView } from "../../lib/views.ts";
import { getCitableIds, getCitationInput } from "../citations.ts";
import { getCiteFormatsView, getPermalinkView } from "../cite-view.ts";
import { siteHref, unitHref } from "../env.ts";
import { assertRegistry, getRedirects } from "../permalinks.ts";
import { pageMeta } from "../page-meta.ts";
import { resolveUnit } from "../units.ts";

/** A unit's cite page: what is cited, its permalink and date, every format and the downloads. */
export interface CitePageView {
  moved: false;
  page: PageMeta;
  /** The title under which the unit is cited. */
  title: string;
  unit: Link & { kind: string };
  permalink: PermalinkView;
  url: string;
  updated: { date: string; source: string };
  /** When the unit's page was first published, when the history tells. */
  first?: string | undefined;
  /** The edition this build belongs to, linked to the changelog. */
  edition: { label: string; href: string };
  formats: CiteFormatsView;
  howToHref: string;
}

/** The cite page of an id that was renamed: it sends the reader to the new id's cite page. */
export interface CiteMovedView {
  moved: true;
  page: PageMeta;
  title: string;
  href: string;
}

/** The cite pages' paths: one per citable unit, and one per renamed id (a redirect). */
export async function getCitePaths() {
  // A published id that no longer resolves fails the build here, naming the id.
  await assertRegistry();
  const renamed = (await getRedirects()).filter((r) => r.id !== r.to);
  return [
    ...(await getCitableIds()).map((id) => ({ params: { id }, props: { id, movedTo: undefined } })),
    ...renamed.map((r) => ({ params: { id: r.id }, props: { id: r.id, movedTo: r.to } })),
  ];
}

/** Everything a cite page shows: the unit's own, or (for a renamed id) the way to the new one. */
export async function getCitePageView(id: string, movedTo: string | undefined): Promise<CitePageView | CiteMovedView> {
  const unitId = movedTo ?? id;
  const unit = await resolveUnit(unitId, `cite/${id}`);
  const input = await getCitationInput(unitId);
  const citeHref = siteHref(`cite/${unitId}/`);
  const crumbs = [{ label: CITE_UI.howTo, href: siteHref(PATHS.howToCite) }, { label: input.pageTitle }];
  const path = `cite/${id}/`;
  if (movedTo !== undefined) {
    const page = await pageMeta({
      titleZh: CITE_UI.moved.title,
      description: fill(CITE_UI.moved.description, { old: id, new: unitId }),
      path,
      noIndex: true,
      crumbs,
      refresh: citeHref,
    });
    return { moved: true, page, title: input.pageTitle, href: citeHref };
  }
  const page = await pageMeta({
    titleZh: fill(CITE_UI.citePage.title, { title: input.pageTitle }),
    description: fill(CITE_UI.citePage.description, { title: input.pageTitle }),
    path,
    noIndex: true,
    crumbs,
  });
  return {
    moved: false,
    page,
    title: input.pageTitle,
    unit: { label: unit.titleZh, href: unitHref(unit.location), kind: UNIT_KIND_LABELS[unit.kind] },
    permalink: await getPermalinkView(unitId),
    url: input.url,
    updated: { date: input.updated.date, source: CITE_UI.updatedSource[input.updated.source] },
    first: input.first,
    edition: { label: input.edition ?? "", href: siteHref(PATHS.changelog) },
    formats: await getCiteFormatsView(unitId),
    howToHref: siteHref(PATHS.howToCite),
  };
}

/** The page left at an address that moved (content/ids.json): it sends the reader on. */
export interface MovedView {
  page: PageMeta;
  target: string;
}

/** The moved pages' paths: every published page address (not anchor) whose unit now lives elsewhere. */
export async function getMovedPaths() {
  return (await getRedirects())
    .filter((r) => !r.from.includes("#"))
    .map((r) => ({ params: { moved: r.from.replace(/\/$/, "") }, props: { id: r.id, to: r.to, from: r.from, target: r.target } }));
}

/** Everything a moved page shows. */
export async function getMovedView(redirect: { id: string; to: string; from: string; target: string }): Promise<MovedView> {
  const target = siteHref(redirect.target);
  const page = await pageMeta({
    titleZh: CITE_UI.moved.title,
    description: fill(CITE_UI.moved.description, { old: redirect.id, new: redirect.to }),
    path: `${redirect.from.replace(/\/$/, "")}/`,
    noIndex: true,
    crumbs: [{ label: CITE_UI.moved.title }],
    refresh: target,
  });
  return { page, target };
}
