import { render, type CollectionEntry } from "../content.ts";
import { locateUnit, type UnitKind } from "../../lib/routes.ts";
import type { Crumb, TitledLink } from "../../lib/views.ts";
import { unitHref } from "../env.ts";

/** An entry's MDX body, ready to render with the MDX components. */
export type Body = Awaited<ReturnType<typeof render>>["Content"];

/** Entries whose MDX body a page shows. */
type WithBody = CollectionEntry<"papers" | "sections" | "stages" | "elements" | "concepts" | "comparisons" | "pages">;

/** Render an entry's body: the component and its headings. */
export async function renderBody(entry: WithBody): Promise<{ Content: Body; headings: { depth: number; slug: string; text: string }[] }> {
  const { Content, headings } = await render(entry);
  return { Content, headings };
}

/** The href of a unit's page or anchor. */
export function hrefTo(kind: UnitKind, id: string, paper?: string): string {
  return unitHref(locateUnit(kind, id, paper));
}

/** A link to an element or a concept, with its English title. */
export function titledLink(kind: "element" | "concept", entry: { id: string; data: { titleZh: string; titleEn: string } }): TitledLink {
  return { label: entry.data.titleZh, href: hrefTo(kind, entry.id), titleEn: entry.data.titleEn };
}

/** The crumb of a paper's overview page. */
export function paperCrumb(paper: CollectionEntry<"papers">): Crumb {
  return { label: paper.data.labelZh, href: hrefTo("paper", paper.id) };
}
