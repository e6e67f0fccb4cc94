import type { TocItem } from "./views.ts";

/** A heading as Astro's render() reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The table of contents of a rendered body: its headings from h2 down to `maxDepth` (2 or 3). */
export function tocFromHeadings(headings: readonly Heading[], maxDepth: 2 | 3 = 3): TocItem[] {
  return headings.filter((h) => h.depth >= 2 && h.depth <= maxDepth).map((h) => ({ id: h.slug, label: h.text, depth: h.depth === 3 ? 3 : 2 }));
}
