import { z } from "astro/zod";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD (quoted)");

/**
 * The site's changelog (`content/changelog.yaml`): its dated editions, and what changed for readers, entry by entry.
 * Written by hand for readers, in both languages; the build checks every edition and unit id named.
 */
export const changelogSchema = z.strictObject({
  /** The editions a reader can cite, each with its label (a date: YYYY-MM-DD, or YYYY-MM) and the day it was published. */
  editions: z
    .array(
      z.strictObject({
        /** The label a citation names ("2026-11-28"); never changes once published. */
        id: z.string().regex(/^\d{4}-\d{2}(-\d{2})?(\.\d+)?$/, "an edition label such as 2026-11-28 or 2026-12"),
        date: day,
        /** What the edition brought, in one or two sentences. */
        zh: z.string().min(1),
        en: z.string().min(1),
      }),
    )
    .min(1),
  entries: z.array(
    z.strictObject({
      /** The day of the change, as the repository history records it. */
      date: day,
      /** The edition the change first appeared in. */
      edition: z.string().min(1),
      /** The units the change concerns (ids); none for a change across the whole site. */
      units: z.array(z.string().min(1)).default([]),
      /** False for a change that does not alter what a unit says (typography, formatting, a typo): its day then does not count as the unit's last substantive change. */
      substantive: z.boolean(),
      zh: z.string().min(1),
      en: z.string().min(1),
    }),
  ),
});

/** The changelog as the schema reads it. */
export type ChangelogData = z.infer<typeof changelogSchema>;
