import type { KindChoice } from "../lib/search/filters.ts";
import type { ElementKind, PageKind } from "../lib/page-kinds.ts";
import type { UnitKind } from "../lib/routes.ts";

/** English labels for the kinds of model element, as headings and badges (the English of ELEMENT_KIND_LABELS). */
export const ELEMENT_KIND_LABELS_EN: Record<ElementKind, string> = {
  characteristic: "Era-specific characteristic",
  party: "Collaborating entity",
  layer: "Layer of the operating model",
  mechanism: "Operating mechanism",
  part: "Component",
  debate: "Scholarly debate",
  lesson: "Lesson of the national innovation system",
  dilemma: "Engagement dilemma",
  "model-stage": "Stage of the model",
  constituent: "Constituent element",
  actor: "Innovation actor",
  system: "Operational system",
  indicator: "Core indicator",
  relation: "Relation to sociotechnical experiment",
  feature: "New feature",
};

/** Labels of the kinds of comparative claim. */
export const COMPARISON_KIND_LABELS_EN = {
  agree: "Agree",
  differ: "Differ",
  "a-leaves-out": "Not in Paper A",
  "b-leaves-out": "Not in Paper B",
} as const;

/** Labels of the crosswalk's relation types (the site's judgement), each with a mark that does not rely on colour. */
export const CROSSWALK_TYPE_LABELS_EN = {
  equivalent: { label: "Equivalent", mark: "=" },
  overlaps: { label: "Partial overlap", mark: "≈" },
  contrasts: { label: "Different orientation", mark: "≠" },
  none: { label: "No counterpart", mark: "∅" },
} as const;

/** Labels of the kinds of page that are not model elements, as search results name them. */
export const PAGE_KIND_LABELS_EN: Record<PageKind, string> = {
  stage: "Stage",
  table: "Table 1",
  concept: "Concept",
  event: "Policy event",
  bibliography: "References",
  section: "Paper section",
  paper: "Paper",
  comparison: "Comparison",
  page: "Page",
  glossary: "Glossary",
};

/** Labels of the kinds of citable unit, as the cite pages name them. */
export const UNIT_KIND_LABELS_EN: Record<UnitKind, string> = {
  paper: "Paper",
  section: "Section",
  stage: "Historical stage",
  table: "Table",
  dimension: "Table 1 dimension",
  element: "Model element",
  "matrix-cell": "Core-indicator matrix cell",
  concept: "Concept",
  comparison: "Aspect of comparison",
  claim: "Comparative claim",
  "matrix-row": "Comparison matrix row",
  "crosswalk-pair": "Crosswalk pair",
  event: "Event",
  bibliography: "Reference",
  page: "Page",
};

/** Labels of the search page's kind choices, each the label of the kind it stands for. */
export const KIND_CHOICE_LABELS_EN: Record<KindChoice | "all", string> = {
  all: "All types",
  stage: PAGE_KIND_LABELS_EN.stage,
  table: UNIT_KIND_LABELS_EN.dimension,
  characteristic: ELEMENT_KIND_LABELS_EN.characteristic,
  mechanism: ELEMENT_KIND_LABELS_EN.mechanism,
  element: UNIT_KIND_LABELS_EN.element,
  concept: PAGE_KIND_LABELS_EN.concept,
  event: PAGE_KIND_LABELS_EN.event,
  bibliography: PAGE_KIND_LABELS_EN.bibliography,
  section: PAGE_KIND_LABELS_EN.section,
  paper: PAGE_KIND_LABELS_EN.paper,
  comparison: PAGE_KIND_LABELS_EN.comparison,
};
