import { z } from "astro/zod";
import { unitSchema } from "./common.ts";

/** A person as printed in the source, with an optional romanisation the paper itself gives. */
const personSchema = z.strictObject({
  /** Full name in Chinese, surname first, as printed. */
  nameZh: z.string().min(1),
  /** Surname (for citation formats). */
  familyZh: z.string().min(1),
  /** Given name (for citation formats). */
  givenZh: z.string().min(1),
  /** The romanised name as the paper prints it (e.g. "ZHANG Zheng-qing"), if it does. */
  nameEn: z.string().min(1).optional(),
});

/** Metadata a source may not give (key in `unknowns` → field): each is either present or explained. */
export const KNOWABLE_FIELDS = {
  title: "titleQuote",
  titleEn: "titleEnQuote",
  authors: "authors",
  affiliation: "affiliationQuote",
  journal: "journalName",
  year: "year",
  issue: "issue",
  pages: "pages",
  keywords: "keywords",
} as const;
type Knowable = keyof typeof KNOWABLE_FIELDS;

/** Metadata of one of the two source papers; the body is the site's summary. */
export const paperSchema = unitSchema
  .extend({
    /** Short label used across the site: 论文A / 论文B. */
    labelZh: z.string().min(1),
    /** Short English label: Paper A / Paper B. */
    labelEn: z.string().min(1),
    /** The paper's own Chinese title exactly as printed. */
    titleQuote: z.string().min(1).optional(),
    /** The paper's own English title exactly as printed. */
    titleEnQuote: z.string().min(1).optional(),
    /** Authors in printed order. */
    authors: z.array(personSchema).min(1).optional(),
    /** Affiliation exactly as printed. */
    affiliationQuote: z.string().min(1).optional(),
    /** Journal in which the paper appeared. */
    journalName: z.string().min(1).optional(),
    /** Where the journal name comes from: the text itself, or an external article index. */
    journalNameSource: z.enum(["text", "external-index"]).optional(),
    /** Year of the original publication's issue (unknown for a paper known only from a reprint). */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Issue number of the original publication as printed (期). */
    issue: z.string().min(1).optional(),
    /** A reprint, where the text is taken from one (Paper A: 复印报刊资料《中国政治》). */
    reprint: z
      .strictObject({
        /** Reprint series and title. */
        nameZh: z.string().min(1),
        /** Year of the reprint issue. */
        year: z.number().int(),
        /** Issue of the reprint. */
        issue: z.string().min(1),
        /** Column as printed, e.g. 【理论探讨】. */
        column: z.string().min(1).optional(),
      })
      .optional(),
    /** First and last page. */
    pages: z.strictObject({ first: z.number().int().positive(), last: z.number().int().positive().optional() }).optional(),
    /** Keywords; `keywordsSource` says where they come from. */
    keywords: z.array(z.string().min(1)).min(1).optional(),
    /** Where the keywords come from. */
    keywordsSource: z.enum(["text", "external-index"]).optional(),
    /** Why each metadata field the sources do not give is unknown (in Chinese, shown to readers). */
    unknowns: z.partialRecord(z.enum(Object.keys(KNOWABLE_FIELDS) as [Knowable, ...Knowable[]]), z.string().min(1)).default({}),
    /** The file in ../shared/sources that is this paper's text. */
    sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
    /** What the extracted source text contains and lacks, in Chinese. */
    sourceNoteZh: z.string().min(1),
    /** Language of the paper (BCP 47). */
    language: z.literal("zh-CN"),
  })
  .superRefine((paper, ctx) => {
    for (const [key, field] of Object.entries(KNOWABLE_FIELDS) as [Knowable, (typeof KNOWABLE_FIELDS)[Knowable]][]) {
      const known = paper[field] !== undefined;
      const unknown = paper.unknowns[key] !== undefined;
      if (known === unknown) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: known
            ? `"${field}" is given and also explained under "unknowns.${key}"`
            : `"${field}" is missing: give it, or say why it is unknown under "unknowns.${key}"`,
        });
      }
    }
  });
