import { CITE_UI, fill } from "../../i18n/ui.ts";
import type { PaperFacts, UnitLocator } from "./citations.ts";

/** A section trail as a short Chinese reference: "第三节（二）1", "第二节(四)". */
export function sectionReference(trail: UnitLocator["trail"]): string {
  const [top, ...rest] = trail.map((s) => s.number.replace(/[.、]$/, ""));
  if (top === undefined) return "";
  return fill(CITE_UI.source.section, { top, rest: rest.join("") });
}

/**
 * Where a data file's content comes from, in one line: the paper as far as it is known (authors,
 * title, journal and issue; or the reprint, when title or authors are unknown), the section, and
 * what in it (表1).
 */
export function sourceLine(paper: PaperFacts, trail: UnitLocator["trail"], what?: string): string {
  const section = sectionReference(trail);
  const parts: string[] = [];
  if (paper.title !== undefined && paper.authors !== undefined) {
    const issue = paper.year === undefined || paper.issue === undefined ? "" : fill(CITE_UI.source.issue, { year: paper.year, issue: paper.issue });
    parts.push(
      `${paper.authors.map((a) => `${a.family}${a.given}`).join("、")}《${paper.title}》`,
      `${paper.journal === undefined ? "" : `《${paper.journal}》`}${issue}`,
    );
  } else {
    const missing = [paper.title === undefined ? CITE_UI.source.title : "", paper.authors === undefined ? CITE_UI.source.authors : ""].filter((m) => m !== "");
    const reprint =
      paper.reprint === undefined ? "" : fill(CITE_UI.source.reprint, { name: paper.reprint.nameZh, year: paper.reprint.year, issue: paper.reprint.issue });
    parts.push(fill(CITE_UI.source.unknown, { label: paper.labelZh, missing: missing.join(CITE_UI.source.and) }), reprint);
  }
  return [...parts, section, what].filter((p): p is string => p !== undefined && p !== "").join("，");
}
