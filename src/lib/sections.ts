const CHINESE_NUMERAL = /^[一二三四五六七八九十]+$/;

/** A section number as Chinese typesetting prints it before a heading: "二、", "(一)", "1. ". */
export function formatSectionNumber(number: string): string {
  if (CHINESE_NUMERAL.test(number)) return `${number}、`;
  if (/^\d+\.?$/.test(number)) return `${number.replace(/\.$/, "")}. `;
  return number;
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
    .map((s) => ({ label: `${formatSectionNumber(s.data.number)}${s.data.headingQuote}`, href: href(s), children: buildSectionTree(sections, s.id, href) }));
}
