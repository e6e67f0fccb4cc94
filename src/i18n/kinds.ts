import type { ELEMENT_KINDS } from "../schemas/elements.ts";

/** Chinese labels for the kinds of model element, as headings and badges. */
export const ELEMENT_KIND_LABELS: Record<(typeof ELEMENT_KINDS)[number], string> = {
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
export const COMPARISON_KIND_LABELS = {
  agree: "一致",
  differ: "分歧",
  "a-leaves-out": "论文A未涉及",
  "b-leaves-out": "论文B未涉及",
} as const;
