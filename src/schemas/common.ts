import { z } from "astro/zod";
import { reference } from "astro:content";

/** The ids of Paper A's three stages: the columns of 表1, fixed by the paper itself. */
export const STAGE_IDS = ["stage-traditional", "stage-transition", "stage-new"] as const;

/** A stage id, as used for 表1 columns and stage entries. */
export const stageIdSchema = z.enum(STAGE_IDS);

/** The two papers the site presents. */
export const PAPER_IDS = ["paper-a", "paper-b"] as const;

/** Where a unit stands in its source paper. */
export const locatorSchema = z.strictObject({
  /** The paper the unit comes from. */
  paper: reference("papers"),
  /** The innermost section of the paper that holds it. */
  section: reference("sections"),
  /** The printed page, only where the source text shows one (Paper B's running head gives p. 45). */
  page: z.number().int().positive().optional(),
  /** Footnote mark as printed (e.g. "a" on Paper B p. 45, "③" in Paper A). */
  footnote: z.string().min(1).optional(),
  /** A short precision in Chinese, e.g. "第三段" or "表1 下方正文". */
  note: z.string().min(1).optional(),
});

/** A calendar date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD (YAML may read YYYY as a number). */
export const partialDateSchema = z.union([z.number().int().transform(String), z.string()]).pipe(
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
    message: "must be a date written YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2006-02)",
  }),
);

/** A full date, YYYY-MM-DD (YAML reads an unquoted date as a Date; both are accepted). */
export const isoDateSchema = z
  .union([z.date().transform((d) => d.toISOString().slice(0, 10)), z.string()])
  .pipe(z.iso.date({ message: "must be a date written YYYY-MM-DD" }));

/**
 * A term's one-line definition in the site's own words, as the glossary shows it: one line of at most 60
 * characters, accurate to the papers (where they differ, it says so). Quotations inside follow the quotation rules.
 */
export const definitionZhSchema = z
  .string()
  .min(1)
  .max(60, "a one-line definition of at most 60 characters")
  .regex(/^[^\n]+$/, "one line");

/** Fields every citable unit carries. */
export const unitSchema = z.strictObject({
  /** The Chinese title shown as the unit's heading. */
  titleZh: z.string().min(1),
  /** An English rendering of the title (the site's own unless `titleEnSource` says otherwise). */
  titleEn: z.string().min(1),
  /** Where the English title comes from: the site's rendering, or the paper itself. */
  titleEnSource: z.enum(["site", "paper"]).default("site"),
  /** Concepts this unit is about or mentions (links to concept pages). */
  concepts: z.array(reference("concepts")).default([]),
  /** When this unit's content last changed (YYYY-MM-DD); citations of the site's page use it. */
  updated: isoDateSchema.optional(),
});
