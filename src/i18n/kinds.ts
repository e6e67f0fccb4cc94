import type { KindChoice } from "../lib/search/filters.ts";
import type { ElementKind, PageKind } from "../lib/page-kinds.ts";
import type { UnitKind } from "../lib/routes.ts";
import {
  COMPARISON_KIND_LABELS_EN,
  CROSSWALK_TYPE_LABELS_EN,
  ELEMENT_KIND_LABELS_EN,
  KIND_CHOICE_LABELS_EN,
  PAGE_KIND_LABELS_EN,
  UNIT_KIND_LABELS_EN,
} from "./kinds.en.ts";

/** Chinese labels for the kinds of model element, as headings and badges. */
export const ELEMENT_KIND_LABELS_ZH: Record<ElementKind, string> = {
  characteristic: "时代特征",
  party: "协同主体",
  layer: "运行模式的层面",
  mechanism: "运行机制",
  part: "组成部分",
  debate: "学界争论",
  lesson: "国家创新体系的启示",
  dilemma: "参与困境",
  "model-stage": "模型阶段",
  constituent: "构成要素",
  actor: "创新行动者",
  system: "运行体系",
  indicator: "核心指标",
  relation: "与技术社会实验的关系",
  feature: "新特征",
};

/** Labels of the kinds of comparative claim. */
export const COMPARISON_KIND_LABELS_ZH = {
  agree: "一致",
  differ: "分歧",
  "a-leaves-out": "论文A未涉及",
  "b-leaves-out": "论文B未涉及",
} as const;

/** The symbol each kind of claim carries beside its label, so the kinds differ without colour. */
export const VERDICT_SYMBOLS = {
  agree: "=",
  differ: "≠",
  "a-leaves-out": "B",
  "b-leaves-out": "A",
} as const;

/** Labels of the crosswalk's relation types (the site's judgement), each with a mark that does not rely on colour. */
export const CROSSWALK_TYPE_LABELS_ZH = {
  equivalent: { label: "对等", mark: "＝" },
  overlaps: { label: "部分重合", mark: "≈" },
  contrasts: { label: "取向相异", mark: "≠" },
  none: { label: "无对应", mark: "∅" },
} as const;

/** Labels of the kinds of page that are not model elements, as search results name them. */
export const PAGE_KIND_LABELS_ZH: Record<PageKind, string> = {
  stage: "阶段",
  table: "表1",
  concept: "概念",
  event: "政策事件",
  bibliography: "参考文献",
  section: "论文章节",
  paper: "论文",
  comparison: "比较",
  page: "页面",
  glossary: "术语表",
};

/** Labels of the kinds of citable unit, as the cite pages name them. */
export const UNIT_KIND_LABELS_ZH: Record<UnitKind, string> = {
  paper: "论文",
  section: "章节",
  stage: "历史阶段",
  table: "表格",
  dimension: "表1维度",
  element: "模型要素",
  "matrix-cell": "核心指标矩阵单元格",
  concept: "概念",
  comparison: "比较维度",
  claim: "比较论断",
  "matrix-row": "比较矩阵行",
  "crosswalk-pair": "模型对照",
  event: "事件",
  bibliography: "参考文献",
  page: "页面",
};

/** Labels of the search page's kind choices, each the label of the kind it stands for. */
export const KIND_CHOICE_LABELS_ZH: Record<KindChoice | "all", string> = {
  all: "全部类型",
  stage: PAGE_KIND_LABELS_ZH.stage,
  table: UNIT_KIND_LABELS_ZH.dimension,
  characteristic: ELEMENT_KIND_LABELS_ZH.characteristic,
  mechanism: ELEMENT_KIND_LABELS_ZH.mechanism,
  element: UNIT_KIND_LABELS_ZH.element,
  concept: PAGE_KIND_LABELS_ZH.concept,
  event: PAGE_KIND_LABELS_ZH.event,
  bibliography: PAGE_KIND_LABELS_ZH.bibliography,
  section: PAGE_KIND_LABELS_ZH.section,
  paper: PAGE_KIND_LABELS_ZH.paper,
  comparison: PAGE_KIND_LABELS_ZH.comparison,
};

// The edition tested on the compiled-in constant itself (not LOCALE from another module), so that the bundler folds
// it and leaves the other edition's strings out of the browser's scripts.
declare const __KB_LOCALE__: string | undefined;
const en = typeof __KB_LOCALE__ !== "undefined" && __KB_LOCALE__ === "en";
/** This edition's labels (the Chinese tables above, or their English in kinds.en.ts). */
export const ELEMENT_KIND_LABELS: Record<ElementKind, string> = en ? ELEMENT_KIND_LABELS_EN : ELEMENT_KIND_LABELS_ZH;
export const COMPARISON_KIND_LABELS: Record<keyof typeof COMPARISON_KIND_LABELS_ZH, string> = en ? COMPARISON_KIND_LABELS_EN : COMPARISON_KIND_LABELS_ZH;
export const CROSSWALK_TYPE_LABELS: Record<keyof typeof CROSSWALK_TYPE_LABELS_ZH, { label: string; mark: string }> = en
  ? CROSSWALK_TYPE_LABELS_EN
  : CROSSWALK_TYPE_LABELS_ZH;
export const PAGE_KIND_LABELS: Record<PageKind, string> = en ? PAGE_KIND_LABELS_EN : PAGE_KIND_LABELS_ZH;
export const UNIT_KIND_LABELS: Record<UnitKind, string> = en ? UNIT_KIND_LABELS_EN : UNIT_KIND_LABELS_ZH;
export const KIND_CHOICE_LABELS: Record<KindChoice | "all", string> = en ? KIND_CHOICE_LABELS_EN : KIND_CHOICE_LABELS_ZH;

const KIND_LABELS = new Map<string, string>([...Object.entries(PAGE_KIND_LABELS), ...Object.entries(ELEMENT_KIND_LABELS)]);

/** The label of a page's `kind` value: a page kind or an element kind (undefined for an unknown value). */
export function kindLabel(kind: string): string | undefined {
  return KIND_LABELS.get(kind);
}
