import type { APIRoute } from "astro";
import { getComparisonJson } from "../../data/downloads.ts";

/** The whole comparison as json: one record per claim, with its verdict, text, locators in both papers and address. */
export const GET: APIRoute = async () => new Response(await getComparisonJson(), { headers: { "content-type": "application/json; charset=utf-8" } });
