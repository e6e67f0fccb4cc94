import type { APIRoute } from "astro";
import { getTable1Csv } from "../../data/downloads.ts";

/** 表1 as CSV: one row per dimension, one column per stage, cells exactly as printed. */
export const GET: APIRoute = async () => new Response(await getTable1Csv(), { headers: { "content-type": "text/csv; charset=utf-8" } });
