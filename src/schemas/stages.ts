import { z } from "astro/zod";
import { locatorSchema, stageIdSchema, unitSchema } from "./common.ts";

/** One of Paper A's three historical stages of the whole-nation system (二(一)–(三)). */
export const stageSchema = unitSchema.extend({
  /** The stage's id repeated, so that a file named for an unknown stage fails the build. */
  stage: stageIdSchema,
  /** Position in time, from 1. */
  order: z.number().int().min(1).max(3),
  /** The period as the paper gives it. */
  period: z.strictObject({
    /** First year. */
    start: z.number().int(),
    /** Last year, or null for 至今 (to the present). */
    end: z.number().int().nullable(),
    /** The period exactly as printed, e.g. "1949-1977" or "2015年至今". */
    labelQuote: z.string().min(1),
  }),
  /** The heading exactly as printed, e.g. "传统举国体制形成阶段". */
  headingQuote: z.string().min(1),
  /** The stage's column heading in 表1 exactly as printed, e.g. "转型过渡阶段的举国体制". */
  columnQuote: z.string().min(1),
  /** The stage's main task, in the site's words, for diagrams and summaries. */
  mainTaskZh: z.string().min(1),
  /** Where the stage is treated. */
  locator: locatorSchema,
});
