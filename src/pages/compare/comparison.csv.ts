import type { APIRoute } from "astro";
import { getComparisonCsv } from "../../data/downloads.ts";

/** The whole comparison as csv: one record per claim, with its verdict, text, locators in both papers and address. */
export const GET: APIRoute = async () => new Response(await getComparisonCsv(), { headers: { "content-type": "text/csv; charset=utf-8" } });
