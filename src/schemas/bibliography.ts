import { z } from "astro/zod";
import { locatorSchema } from "./common.ts";

/** A name as printed in a footnote: a person (family/given) or an institution (literal). */
const nameSchema = z.union([
  z.strictObject({
    /** Family name. */
    family: z.string().min(1),
    /** Given name or initials as printed. */
    given: z.string().min(1).optional(),
  }),
  z.strictObject({
    /** An institutional or editorial author, e.g. 本刊特约评论员. */
    literal: z.string().min(1),
  }),
]);

/** A work one of the papers cites in a footnote. */
export const bibliographySchema = z.strictObject({
  /** The kind of work. */
  type: z.enum(["article-journal", "book", "chapter", "paper-conference", "report", "thesis"]),
  /** Authors as printed, in order. */
  authors: z.array(nameSchema).min(1),
  /** "et al." in the footnote: more authors than are listed. */
  etAl: z.boolean().default(false),
  /** Title as printed. */
  title: z.string().min(1),
  /** Journal, book or proceedings title as printed. */
  container: z.string().min(1).optional(),
  /** Editors of the container, as printed. */
  editors: z.string().min(1).optional(),
  /** Publisher (and place) for books. */
  publisher: z.string().min(1).optional(),
  /** Year of publication. */
  year: z.number().int().min(1900).max(2100),
  /** Volume as printed. */
  volume: z.string().min(1).optional(),
  /** Issue as printed (期 / No.). */
  issue: z.string().min(1).optional(),
  /** Pages as printed, e.g. "191-211" or "p.13". */
  pages: z.string().min(1).optional(),
  /** Language of the work. */
  language: z.enum(["zh-CN", "en"]),
  /** The footnote exactly as printed, for checking. */
  footnoteQuote: z.string().min(1).optional(),
  /** Every place a paper cites the work (section, printed footnote mark). */
  citedIn: z.array(locatorSchema).min(1),
  /** Discrepancies or damage in the printed footnote, in Chinese. */
  noteZh: z.string().min(1).optional(),
});
