import type { APIRoute } from "astro";
import { getTable1Json } from "../../data/downloads.ts";

/** 表1 as JSON, with its source, licence and the note on the group labels. */
export const GET: APIRoute = async () => new Response(await getTable1Json(), { headers: { "content-type": "application/json; charset=utf-8" } });
