import { z } from "astro/zod";
import { definitionZhSchema } from "./common.ts";

/** Paper B's own English rendering of a term, where it differs from the site's canonical one. */
export const paperEnFields = {
  /** Paper B's rendering, verbatim (checked against the paper by `npm run quotes`). */
  paperEnQuote: z.string().min(1).optional(),
  /** Where Paper B prints it: its English title, its English abstract or its body. */
  paperEnWhere: z.enum(["title", "abstract", "text"]).optional(),
};

/** Other accepted English forms of a term (plural, inflection), each listed explicitly. */
export const formsEnField = z.array(z.string().min(1)).default([]);

/** `paperEnQuote` and `paperEnWhere` come together. */
export const paperEnComplete = (data: { paperEnQuote?: string | undefined; paperEnWhere?: string | undefined }) =>
  (data.paperEnQuote === undefined) === (data.paperEnWhere === undefined);
export const paperEnMessage = { message: "give paperEnQuote and paperEnWhere together", path: ["paperEnWhere"] };

/**
 * A term of the papers that is not a concept (a concept's `titleEn` is its canonical English), with its
 * one canonical English rendering. Every unit's English title must use it (src/data/validate.ts).
 */
export const termSchema = z
  .strictObject({
    /** The Chinese term as it is matched in titles. */
    zh: z.string().min(1),
    /** The expression the term is a part of, for a term that is matched only there (学 in 政产学研用). */
    contextZh: z.string().min(1).optional(),
    /** The canonical English rendering. */
    en: z.string().min(1),
    /** Other accepted forms (plural, inflection). */
    formsEn: formsEnField,
    /** Where the canonical rendering comes from: Paper B's own English, or the site. */
    enSource: z.enum(["site", "paper"]),
    ...paperEnFields,
    /** The id of the unit where the term is explained (a concept, element, 表1 row …). */
    see: z.string().min(1),
    /** The glossary's one-line definition, in the site's words. */
    definitionZh: definitionZhSchema,
  })
  .refine(paperEnComplete, paperEnMessage);
