import { z } from "astro/zod";
import { reference } from "astro:content";
import { locatorSchema, partialDateSchema, unitSchema } from "./common.ts";

/** A dated policy event or document either paper names. */
export const eventSchema = unitSchema.extend({
  /** The date as precisely as the paper gives it. */
  date: partialDateSchema,
  /** The document's title as printed, where the event is a document. */
  documentQuote: z.string().min(1).optional(),
  /** What the paper draws from it, in the site's words. */
  summaryZh: z.string().min(1),
  /** Every place in either paper that mentions the event. */
  mentions: z.array(locatorSchema).min(1),
  /** Paper A's stage the event falls in, where the paper places it. */
  stage: reference("stages").optional(),
});
