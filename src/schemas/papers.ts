import { z } from "astro/zod";
import { knownOr, unitSchema } from "./common.ts";

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

/** Metadata of one of the two source papers; the body is the site's summary. */
export const paperSchema = unitSchema.extend({
  /** Short label used across the site: 论文A / 论文B. */
  labelZh: z.string().min(1),
  /** Short English label: Paper A / Paper B. */
  labelEn: z.string().min(1),
  /** The paper's own Chinese title, or unknown. */
  title: knownOr(z.string().min(1)),
  /** The paper's own English title, or unknown. */
  titleEnOriginal: knownOr(z.string().min(1)),
  /** Authors in printed order, or unknown. */
  authors: knownOr(z.array(personSchema).min(1)),
  /** Affiliation as printed, or unknown. */
  affiliation: knownOr(z.string().min(1)),
  /** Journal in which the paper appeared. */
  journal: z.strictObject({
    /** Journal name, or unknown. */
    name: knownOr(z.string().min(1)),
    /** Where the journal name comes from: the text itself, or an external article index. */
    nameSource: z.enum(["text", "external-index"]),
    /** Year of the issue. */
    year: z.number().int().min(1900).max(2100),
    /** Issue number as printed (期). */
    issue: z.string().min(1),
  }),
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
  /** Pages: first page and last page, or unknown. */
  pages: knownOr(z.strictObject({ first: z.number().int().positive(), last: z.number().int().positive().optional() })),
  /** Keywords, or unknown; `keywordsSource` says where they come from. */
  keywords: knownOr(z.array(z.string().min(1)).min(1)),
  /** Where the keywords come from. */
  keywordsSource: z.enum(["text", "external-index"]).optional(),
  /** The file in ../shared/sources that is this paper's text. */
  sourceFile: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** What the extracted source text contains and lacks, in Chinese. */
  sourceNoteZh: z.string().min(1),
  /** Language of the paper (BCP 47). */
  language: z.literal("zh-CN"),
});
