import { z } from "astro/zod";
import { reference } from "astro:content";
import { definitionZhSchema, locatorSchema, unitSchema } from "./common.ts";

/** The kinds of analytical element the two papers' frameworks are made of. */
export const ELEMENT_KINDS = [
  "characteristic", // A 三(一)–(五): the five characteristics of the new system
  "party", // A 三(四): one of the five parties of 政产学研用
  "layer", // A 四: 价值理念 / 组织体制 / 运行机制
  "mechanism", // A 四(三)–(六): the four operating mechanisms
  "part", // a named part of another element (e.g. the project mechanism's four links)
  "debate", // B 一: the three debates
  "lesson", // B 二(一): 整体性 / 流动性 / 参与性
  "dilemma", // B 三(一): the three participation dilemmas
  "model-stage", // B 三(二): 生产 / 扩散 / 使用
  "constituent", // B 三(二)1: the four constituent elements
  "actor", // B 三(二): 生产者 / 互动者 / 参与者
  "system", // B 三(二): 决策体系 / 评价体系 / 实施体系
  "indicator", // B 三(二): the five core indicators
  "relation", // B 四: the three relations to technology social experiments
  "feature", // B 四: the new features
] as const;

/** A model element of either paper's framework; the body is the site's account of it. */
export const elementSchema = unitSchema.extend({
  /** What kind of element this is. */
  kind: z.enum(ELEMENT_KINDS),
  /** Position among elements of the same kind and parent, from 1. */
  order: z.number().int().positive(),
  /** The element's name exactly as the paper prints it, where the paper names it. */
  nameQuote: z.string().min(1).optional(),
  /** The glossary's one-line definition, in the site's words. */
  definitionZh: definitionZhSchema,
  /** The element this one is a part of (a mechanism under 运行机制, a link under the project mechanism). */
  parent: reference("elements").optional(),
  /** Where the paper treats it. */
  locator: locatorSchema,
  /** For B's systems: the model stage each one corresponds to. */
  correspondsTo: reference("elements").optional(),
  /** Bibliography entries the paper cites for this element. */
  cites: z.array(reference("bibliography")).default([]),
});
