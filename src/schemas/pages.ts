import { z } from "astro/zod";
import { isoDateSchema } from "./common.ts";

/** A page of the site's own prose (home, about, 404); the body is the text. */
export const pageSchema = z.strictObject({
  /** Page title in Chinese. */
  titleZh: z.string().min(1),
  /** Page title in English. */
  titleEn: z.string().min(1),
  /** One-sentence description for the page head. */
  descriptionZh: z.string().min(1),
  /** When the text last changed (YYYY-MM-DD). */
  updated: isoDateSchema.optional(),
});
