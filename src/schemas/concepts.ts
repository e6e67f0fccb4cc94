import { z } from "astro/zod";
import { reference } from "astro:content";
import { definitionZhSchema, locatorSchema, unitSchema } from "./common.ts";
import { formsEnField, paperEnComplete, paperEnFields, paperEnMessage } from "./terms.ts";

/** What one paper says about a concept: its view with locators, or that it does not discuss it. */
const viewSchema = z.discriminatedUnion("discussed", [
  z.strictObject({
    /** The paper discusses the concept. */
    discussed: z.literal(true),
    /** The paper's view, in the site's words. */
    summaryZh: z.string().min(1),
    /** A short verbatim phrase, where one carries the view. */
    quote: z.string().min(1).optional(),
    /** Where the paper says it. */
    locators: z.array(locatorSchema).min(1),
  }),
  z.strictObject({
    /** The paper does not discuss the concept. */
    discussed: z.literal(false),
  }),
]);

/**
 * A concept the papers use; the body is the site's short explanation. Its `titleEn` is the canonical
 * English of the term its `titleZh` names (`titleEnSource` says whose rendering it is).
 */
export const conceptSchema = unitSchema
  .extend({
    /** Other Chinese names and spellings (for search and the glossary). */
    aliasesZh: z.array(z.string().min(1)).default([]),
    /** The glossary's one-line definition, in the site's words. */
    definitionZh: definitionZhSchema,
    /** Each paper's view, side by side. */
    views: z.strictObject({
      "paper-a": viewSchema,
      "paper-b": viewSchema,
    }),
    /** Related concepts. */
    related: z.array(reference("concepts")).default([]),
    /** Other accepted forms of the English term in titles (plural, inflection). */
    formsEn: formsEnField,
    ...paperEnFields,
  })
  .refine(paperEnComplete, paperEnMessage);
