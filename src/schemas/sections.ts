import { z } from "astro/zod";
import { reference } from "astro:content";
import { unitSchema } from "./common.ts";

/** A numbered section or subsection of a paper; the body is the site's account of it. */
export const sectionSchema = unitSchema.extend({
  /** The paper the section belongs to. */
  paper: reference("papers"),
  /** The enclosing section, for subsections. */
  parent: reference("sections").optional(),
  /** The section's number as printed: "二", "(三)", "2." … */
  number: z.string().min(1),
  /** The section heading exactly as printed in the paper (verbatim). */
  headingQuote: z.string().min(1),
  /** Position among its siblings, from 1. */
  order: z.number().int().positive(),
  /** The printed page, only where the source text shows one. */
  page: z.number().int().positive().optional(),
});
