import { getCollection, getEntry, type CollectionEntry } from "./content.ts";
import { shownText } from "./translations.ts";
import { fill, UI } from "../i18n/ui.ts";
import { locateUnit } from "../lib/routes.ts";
import { numberedHeading } from "../lib/sections.ts";
import type { LocatorView } from "../lib/views.ts";
import { unitHref } from "./env.ts";

/** Where a unit stands in its paper, as the content gives it. */
export type Locator = CollectionEntry<"elements">["data"]["locator"];

let sections: Promise<Map<string, CollectionEntry<"sections">>> | undefined;

/** A section and the sections that enclose it, outermost first (the trail every locator shows). */
export async function getSectionTrail(sectionId: string): Promise<CollectionEntry<"sections">[]> {
  sections ??= getCollection("sections").then((all) => new Map(all.map((s) => [s.id, s])));
  const byId = await sections;
  const trail: CollectionEntry<"sections">[] = [];
  for (let s = byId.get(sectionId); s !== undefined; s = s.data.parent === undefined ? undefined : byId.get(s.data.parent.id)) trail.unshift(s);
  return trail;
}

/** The href of a section's page. */
export function sectionHref(section: CollectionEntry<"sections">): string {
  return unitHref(locateUnit("section", section.id, section.data.paper.id));
}

/** A locator as a line of links (paper › section › subsection) with page, footnote and note after it. */
export async function getLocatorView(locator: Locator, label: string = UI.locator): Promise<LocatorView> {
  const paper = await getEntry(locator.paper);
  const trail = await getSectionTrail(locator.section.id);
  return {
    label,
    paper: { label: paper.data.labelZh, href: unitHref(locateUnit("paper", paper.id)) },
    trail: trail.map((s) => ({ label: numberedHeading(s.data.number, shownText(s, "headingQuote", s.data.headingQuote)), href: sectionHref(s) })),
    extras: [
      locator.page === undefined ? undefined : fill(UI.page, { n: locator.page }),
      locator.footnote === undefined ? undefined : fill(UI.footnote, { n: locator.footnote }),
      locator.note,
    ].filter((x): x is string => x !== undefined),
  };
}

/** Several locators as lines, each with the same label. */
export function getLocatorViews(locators: readonly Locator[], label?: string): Promise<LocatorView[]> {
  return Promise.all(locators.map((l) => getLocatorView(l, label)));
}
