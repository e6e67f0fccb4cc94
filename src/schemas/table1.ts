import { z } from "astro/zod";
import { locatorSchema, stageIdSchema, unitSchema } from "./common.ts";

/** One cell of 表1, exactly as printed. */
const cellSchema = z.strictObject({
  /** The cell's text exactly as printed (line breaks of the extraction removed). */
  quote: z.string().min(1),
});

/** One dimension row of Paper A's 表1 不同阶段的举国体制比较, with its three cells. */
export const dimensionSchema = unitSchema.extend({
  /** Row position in the printed table, 1–10. */
  order: z.number().int().min(1).max(10),
  /** The row label exactly as printed, e.g. "经济体制". */
  labelQuote: z.string().min(1),
  /** The group label the row stands under: 时代特征 or 运行模式. */
  group: z.enum(["时代特征", "运行模式"]),
  /** The three cells, one per stage column (keyed by the stage ids); every stage must be present and no other. */
  cells: z.record(stageIdSchema, cellSchema),
  /** How the paper explains this dimension's change (or constancy), in the site's words. */
  noteZh: z.string().min(1),
  /** Where the paper discusses this dimension in its prose. */
  locator: locatorSchema,
});
