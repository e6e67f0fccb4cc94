import type { ELEMENT_KINDS } from "../schemas/elements.ts";
import type { UnitKind } from "./routes.ts";

/**
 * The `kind` values (search filter) of the pages that are not model elements. A model element's page
 * carries its element kind instead (`mechanism`, `indicator` …), and so does Paper B's indicator matrix.
 */
export const PAGE_KINDS = ["stage", "table", "concept", "event", "bibliography", "section", "paper", "comparison", "page", "glossary"] as const;
/** One page kind. */
export type PageKind = (typeof PAGE_KINDS)[number];
/** A kind of model element. */
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** The `kind` value of the page each kind of unit is on (an element's page uses the element's own kind). */
export const UNIT_PAGE_KINDS: Record<Exclude<UnitKind, "element">, PageKind | ElementKind> = {
  paper: "paper",
  section: "section",
  stage: "stage",
  table: "table",
  dimension: "table",
  "matrix-cell": "indicator",
  concept: "concept",
  comparison: "comparison",
  claim: "comparison",
  "matrix-row": "comparison",
  "crosswalk-pair": "comparison",
  event: "event",
  bibliography: "bibliography",
  page: "page",
};
