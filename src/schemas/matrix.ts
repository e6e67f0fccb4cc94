import { z } from "astro/zod";
import { reference } from "astro:content";
import { locatorSchema } from "./common.ts";

/**
 * One cell of Paper B's core-indicator matrix: an indicator described for an actor
 * (or, for 资源配置目标, for a system such as the national innovation system).
 */
export const matrixCellSchema = z
  .strictObject({
    /** The indicator (an element of kind "indicator"). */
    indicator: reference("elements"),
    /** The actor the cell describes (an element of kind "actor"). */
    actor: reference("elements").optional(),
    /** Or the system the cell describes (a concept, for 资源配置目标). */
    system: reference("concepts").optional(),
    /** Whether the paper specifies this cell at all. */
    specified: z.boolean(),
    /** What the paper says, in the site's words; for an unspecified cell, why it is empty. */
    summaryZh: z.string().min(1),
    /** A short verbatim phrase from the paper, where one carries the cell. */
    quote: z.string().min(1).optional(),
    /** Where the paper says it. */
    locator: locatorSchema,
  })
  .refine((cell) => (cell.actor === undefined) !== (cell.system === undefined), {
    message: "a matrix cell names exactly one of `actor` or `system`",
    path: ["actor"],
  });
