import { CITE_UI, fill } from "../i18n/ui.ts";
import { locatorText, reprintText } from "../lib/cite/citations.ts";
import { PATHS } from "../lib/routes.ts";
import type { CiteFormatsView, CiteView, PermalinkView } from "../lib/views.ts";
import { getCitationInput, getCitations } from "./citations.ts";
import { absoluteUrl, siteHref, unitHref } from "./env.ts";
import { getRedirects } from "./permalinks.ts";
import { resolveUnit } from "./units.ts";

const FORMATS = ["bib", "ris", "json"] as const;

/** A unit's "§" permalink: its href, absolute URL, label, and the older anchors that still lead to it. */
export async function getPermalinkView(id: string): Promise<PermalinkView> {
  const unit = await resolveUnit(id, `<PermalinkAnchor id="${id}">`);
  const href = unitHref(unit.location);
  // Anchors published under an older id, on this same page, stay reachable.
  const aliases = (await getRedirects()).filter((r) => r.to === id && r.from.startsWith(`${unit.location.path}#`)).map((r) => r.from.split("#")[1] ?? "");
  return { href, absolute: absoluteUrl(href), label: fill(CITE_UI.permalinkLabel, { title: unit.titleZh }), aliases };
}

/** A unit's citations as the cite panel shows them: locator line, the formats, and the downloads. */
export async function getCiteFormatsView(id: string): Promise<CiteFormatsView> {
  const input = await getCitationInput(id);
  const citations = await getCitations(id);
  const unformattable = citations.paperUnformattable;
  return {
    id,
    ...(input.paper !== undefined && input.locator !== undefined ? { locator: locatorText(input.paper.labelZh, input.locator) } : {}),
    ...(unformattable === undefined
      ? {}
      : { unformattable: fill(CITE_UI.paperUnknown, { label: unformattable.labelZh, reprint: reprintText(unformattable) }) }),
    blocks: citations.blocks,
    downloads: FORMATS.map((ext) => ({ ext, label: CITE_UI.formats[ext], href: siteHref(`cite/${id}.${ext}`), filename: `${id}.${ext}` })),
  };
}

/** Everything a unit's cite bar shows. */
export async function getCiteView(id: string): Promise<CiteView> {
  const input = await getCitationInput(id);
  return {
    id,
    permalink: await getPermalinkView(id),
    formats: await getCiteFormatsView(id),
    updated: input.updated.date,
    first: input.first,
    changelogHref: siteHref(PATHS.changelog),
    citePageHref: siteHref(`cite/${id}/`),
    howToHref: siteHref("how-to-cite/"),
  };
}
