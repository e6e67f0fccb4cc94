import { z } from "astro/zod";
import { locatorSchema } from "./common.ts";

/** How an element of one paper's model answers to one of the other's (the site's judgement). */
export const CROSSWALK_TYPES = ["equivalent", "overlaps", "contrasts", "none"] as const;

/**
 * One pair of the crosswalk of the two models (`content/crosswalk/`): an element (or stage) of Paper A's model,
 * one of Paper B's, the type of their relation and the site's one-line reason. A `none` entry names one side only:
 * what that paper has and the other lacks. `a` / `b` are checked against the elements and stages by the build.
 */
export const crosswalkSchema = z
  .strictObject({
    /** An element or stage of Paper A's model. */
    a: z.string().min(1).optional(),
    /** An element of Paper B's model. */
    b: z.string().min(1).optional(),
    /** The relation, as the site judges it. */
    type: z.enum(CROSSWALK_TYPES),
    /** Why, in one line of the site's own words. */
    reasonZh: z
      .string()
      .min(1)
      .max(120, "a one-line reason of at most 120 characters")
      .regex(/^[^\n]+$/, "one line"),
    /** Where in Paper A the pair is read, when not the element's own locator (on a `none` entry for B: where A comes nearest). */
    aAt: locatorSchema.optional(),
    /** Where in Paper B the pair is read, when not the element's own locator (on a `none` entry for A: where B comes nearest). */
    bAt: locatorSchema.optional(),
  })
  .refine((p) => (p.type === "none" ? (p.a === undefined) !== (p.b === undefined) : p.a !== undefined && p.b !== undefined), {
    message: "a pair names both `a` and `b`; an entry of type `none` names exactly one of them",
    path: ["type"],
  });
