import type { APIRoute } from "astro";
import { getMatrixCsv } from "../../data/downloads.ts";

/** Paper B's indicator matrix as CSV: one row per cell (indicator, actor or system, specified, summary, quote, locator). */
export const GET: APIRoute = async () => new Response(await getMatrixCsv(), { headers: { "content-type": "text/csv; charset=utf-8" } });
