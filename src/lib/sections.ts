const CHINESE_NUMERAL = /^[一二三四五六七八九十]+$/;

/** A section number as Chinese typesetting prints it before a heading: "二、", "(一)", "1. ". */
export function formatSectionNumber(number: string): string {
  if (CHINESE_NUMERAL.test(number)) return `${number}、`;
  if (/^\d+\.?$/.test(number)) return `${number.replace(/\.$/, "")}. `;
  return number;
}

/** Whether a section's `number` is a number ("二", "(一)", "1.") rather than the name of an unnumbered part ("摘要", "Abstract"). */
export function isSectionNumber(number: string): boolean {
  return CHINESE_NUMERAL.test(number) || /^\d+\.?$/.test(number) || /^[（(][一二三四五六七八九十]+[）)]$/.test(number);
}

/**
 * A section's number and heading as one label: "二、从国家创新体系……", "(一)……", "1. ……". An unnumbered part
 * ("摘要", "Abstract") is named by its heading alone, so that its name is never printed twice ("摘要摘要").
 */
export function numberedHeading(number: string, heading: string): string {
  return isSectionNumber(number) ? `${formatSectionNumber(number)}${heading}` : heading;
}

/** A section's short locator label from its trail's numbers: "三(二)1", "二(三)"; an unnumbered part by its heading. */
export function shortSectionLabel(trail: readonly { number: string; heading: string }[]): string {
  const last = trail.at(-1);
  if (last === undefined) return "";
  if (!isSectionNumber(last.number)) return last.heading;
  return trail
    .filter((s) => isSectionNumber(s.number))
    .map((s) => s.number.replace(/\.$/, "").replace(/[（]/g, "(").replace(/[）]/g, ")"))
    .join("");
}

/** A section in a paper's outline, linked, with its subsections. */
export interface SectionNode {
  label: string;
  href: string;
  children: SectionNode[];
}

/** A section as the outline needs it: its number, heading and parent. */
export interface OutlineSection {
  id: string;
  data: { number: string; headingQuote: string; parent?: { id: string } | undefined };
}

/** The outline below `parent` (the whole paper when undefined): each section linked, with its subsections. */
export function buildSectionTree<S extends OutlineSection>(sections: readonly S[], parent: string | undefined, href: (section: S) => string): SectionNode[] {
  return sections
    .filter((s) => s.data.parent?.id === parent)
    .map((s) => ({ label: numberedHeading(s.data.number, s.data.headingQuote), href: href(s), children: buildSectionTree(sections, s.id, href) }));
}

/** A section as reading order needs it: its id and its parent. */
export interface OrderedSection {
  id: string;
  data: { parent?: { id: string } | undefined };
}

/** Where a section stands in reading order: the sections just before and after it, and the one it belongs to. */
export interface SectionNeighbours<S> {
  prev: S | undefined;
  next: S | undefined;
  /** The enclosing section; undefined for a top-level section (its paper encloses it). */
  up: S | undefined;
}

/**
 * The neighbours of a section in its paper's document order (`ordered` is one paper's sections, depth-first,
 * as the paper prints them): the first section has no previous one, the last no next one.
 */
export function sectionNeighbours<S extends OrderedSection>(ordered: readonly S[], id: string): SectionNeighbours<S> {
  const i = ordered.findIndex((s) => s.id === id);
  if (i < 0) throw new Error(`section "${id}" is not in the reading order`);
  const parent = ordered[i]?.data.parent?.id;
  return { prev: ordered[i - 1], next: ordered[i + 1], up: parent === undefined ? undefined : ordered.find((s) => s.id === parent) };
}
