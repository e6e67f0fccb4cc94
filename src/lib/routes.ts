/** The kinds of citable unit the site publishes. */
export type UnitKind =
  | "paper"
  | "section"
  | "stage"
  | "table"
  | "dimension"
  | "element"
  | "matrix-cell"
  | "concept"
  | "comparison"
  | "claim"
  | "matrix-row"
  | "crosswalk-pair"
  | "event"
  | "bibliography"
  | "page";

/** Where a unit lives: a page path (relative to the site root, with trailing slash) and an optional anchor. */
export interface UnitLocation {
  path: string;
  anchor?: string;
}

/** Paths of the site's fixed pages. */
export const PATHS = {
  home: "",
  table1: "table-1/",
  concepts: "concepts/",
  glossary: "glossary/",
  compare: "compare/",
  crosswalk: "compare/crosswalk/",
  crosswalkDiagram: "compare/crosswalk/diagram/",
  comparisonCsv: "compare/comparison.csv",
  comparisonJson: "compare/comparison.json",
  timeline: "timeline/",
  references: "references/",
  matrix: "paper-b/matrix/",
  search: "search/",
  stages: "stages/",
  howToCite: "how-to-cite/",
  changelog: "changelog/",
  offline: "offline/",
  settings: "settings/",
} as const;

/** The aspect of a comparison axis as it appears in URLs and filters: cmp-actors → actors. */
export function aspectOf(axisId: string): string {
  return axisId.replace(/^cmp-/, "");
}

/** Each comparison axis has its own page, /compare/<aspect>/ (the matrix on /compare/ links to it). */
export function aspectPath(axisId: string): string {
  return `${PATHS.compare}${aspectOf(axisId)}/`;
}

/** The axis a claim belongs to: cmp-actors-c3 → cmp-actors (claim ids are the axis id, "-c", a number). */
export function axisOfClaim(claimId: string): string {
  const match = /^(cmp-[a-z0-9-]+?)-c\d+$/.exec(claimId);
  if (match?.[1] === undefined) throw new Error(`claim id "${claimId}" is not of the form <axis id>-c<n>`);
  return match[1];
}

/** A paper's booklet: all its sections and elements on one page, for print ("paper-a/booklet/"). */
export const bookletPath = (paper: string): string => `${paper}/booklet/`;

/**
 * The crosswalk of the two models is split by the structure of Paper A's model: /compare/crosswalk/ is its hub
 * (counts, diagram, the parts), and each part has its own page, /compare/crosswalk/<part>/ ("characteristics").
 */
export const crosswalkPartPath = (part: string): string => `${PATHS.crosswalk}${part}/`;

/**
 * Compute where a unit of a given kind lives (page or anchor). `paper` is needed for sections; for a crosswalk
 * pair it names the part of the crosswalk the pair is on (see crosswalkPart in src/lib/crosswalk.ts).
 */
export function locateUnit(kind: UnitKind, id: string, paper?: string): UnitLocation {
  switch (kind) {
    case "paper":
      return { path: `${id}/` };
    case "section":
      return { path: `${paper ?? "paper"}/${id}/` };
    case "stage":
      return { path: `${PATHS.stages}${id}/` };
    case "table":
      return { path: PATHS.table1 };
    case "dimension":
      return { path: PATHS.table1, anchor: id };
    case "element":
      return { path: `elements/${id}/` };
    case "matrix-cell":
      return { path: PATHS.matrix, anchor: id };
    case "concept":
      return { path: `${PATHS.concepts}${id}/` };
    case "comparison":
      return { path: aspectPath(id) };
    case "claim":
      return { path: aspectPath(axisOfClaim(id)), anchor: id };
    case "matrix-row":
      return { path: PATHS.compare, anchor: id };
    case "crosswalk-pair":
      if (paper === undefined) throw new Error(`crosswalk pair "${id}": its part of the crosswalk is needed to locate it`);
      return { path: crosswalkPartPath(paper), anchor: id };
    case "event":
      return { path: PATHS.timeline, anchor: id };
    case "bibliography":
      return { path: PATHS.references, anchor: id };
    case "page":
      return { path: id === "home" ? PATHS.home : `${id}/` };
  }
}

/** Join the site's base path and a site-relative path into an absolute URL path. */
export function withBase(base: string, path: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return `${root}${path.replace(/^\//, "")}`;
}

/** The href of a unit location under a base path. */
export function hrefOf(base: string, location: UnitLocation): string {
  const url = withBase(base, location.path);
  return location.anchor === undefined ? url : `${url}#${location.anchor}`;
}
