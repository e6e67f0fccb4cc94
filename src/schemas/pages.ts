import { z } from "astro/zod";
import { reference } from "astro:content";
import { isoDateSchema } from "./common.ts";

/** The fixed pages a reading step may lead to (other steps name a unit by id). */
export const START_PAGES = ["stages", "compare", "concepts", "glossary", "timeline", "references"] as const;

/** One agreement or disagreement of the two papers, in a line, and the comparison axis that sets it out. */
const startClaimSchema = z.strictObject({
  textZh: z.string().min(1),
  axis: reference("comparisons"),
});

/** The home page's "start here": each paper's main claim, where they agree and differ, and an order to read in. */
export const startHereSchema = z.strictObject({
  /** The site's summary of each paper's main claim, two or three sentences, A before B. */
  papers: z.array(z.strictObject({ paper: reference("papers"), summaryZh: z.string().min(1) })).length(2),
  agreements: z.array(startClaimSchema).min(1),
  differences: z.array(startClaimSchema).min(1),
  /** A suggested reading order for a student: each step a unit (`to`) or a fixed page (`page`), with what it gives. */
  reading: z
    .array(
      z
        .strictObject({ to: z.string().min(1).optional(), page: z.enum(START_PAGES).optional(), labelZh: z.string().min(1), whatZh: z.string().min(1) })
        .refine((step) => (step.to === undefined) !== (step.page === undefined), {
          message: "a reading step names exactly one of `to` (a unit id) and `page`",
        }),
    )
    .min(3),
});

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
  /** Only on the home page: where a reader begins. */
  startHere: startHereSchema.optional(),
  /**
   * Only on the comparison page: the three to five differences that matter most for understanding the two papers,
   * each in a line or two of the site's own words, linked to the comparison claims (`cmp-<axis>-cN`) that set it out.
   */
  mainDifferences: z
    .array(
      z.strictObject({
        textZh: z.string().min(1).max(160, "a main difference is stated in at most 160 characters"),
        claims: z.array(z.string().regex(/^cmp-[a-z0-9-]+-c\d+$/, "a comparison claim id, e.g. cmp-actors-c3")).min(1),
      }),
    )
    .min(3, "give three to five main differences")
    .max(5, "give three to five main differences")
    .optional(),
});
