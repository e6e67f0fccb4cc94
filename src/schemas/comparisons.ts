import { z } from "astro/zod";
import { reference } from "astro:content";
import { ID_PATTERN } from "../lib/ids.ts";
import { locatorSchema, unitSchema } from "./common.ts";

/** One comparative claim, with locators into both papers (or an explicit absence). */
const claimSchema = z.strictObject({
  /** The claim's stable id (lowercase ASCII, unique across the site), e.g. "cmp-actors-c1"; its anchor on the comparison page. */
  id: z.string().regex(ID_PATTERN, "use lowercase ASCII letters, digits and single hyphens"),
  /** Whether the papers agree here, differ, or one leaves the matter out. */
  kind: z.enum(["agree", "differ", "a-leaves-out", "b-leaves-out"]),
  /** The claim, in the site's words. */
  textZh: z.string().min(1),
  /** Where Paper A says it (empty only when Paper A leaves the matter out). */
  a: z.array(locatorSchema).default([]),
  /** Where Paper B says it (empty only when Paper B leaves the matter out). */
  b: z.array(locatorSchema).default([]),
});

/** An axis on which the two papers are compared; the body is the site's overview of the axis. */
export const comparisonSchema = unitSchema.extend({
  /** The matrix's Paper A cell: in a line or two, the site's summary of what Paper A says on this axis. */
  aZh: z.string().min(1).max(160),
  /** The matrix's Paper B cell: the same for Paper B. */
  bZh: z.string().min(1).max(160),
  /** A short name of the axis for the matrix's row heading and links (定义), when the title is long; else the title before its colon. */
  shortZh: z.string().min(1).max(8).optional(),
  /** Position on the comparison page, from 1. */
  order: z.number().int().positive(),
  /** The claims, each located in both papers. */
  claims: z
    .array(claimSchema)
    .min(1)
    .superRefine((claims, ctx) => {
      claims.forEach((claim, i) => {
        const needsA = claim.kind !== "a-leaves-out";
        const needsB = claim.kind !== "b-leaves-out";
        if (needsA && claim.a.length === 0) ctx.addIssue({ code: "custom", path: [i, "a"], message: "this claim needs a locator into Paper A" });
        if (needsB && claim.b.length === 0) ctx.addIssue({ code: "custom", path: [i, "b"], message: "this claim needs a locator into Paper B" });
      });
    }),
  /** Model elements this axis compares. */
  elements: z.array(reference("elements")).default([]),
});
