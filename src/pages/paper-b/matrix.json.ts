import type { APIRoute } from "astro";
import { getMatrixJson } from "../../data/downloads.ts";

/** Paper B's indicator matrix as JSON, with its source and licence. */
export const GET: APIRoute = async () => new Response(await getMatrixJson(), { headers: { "content-type": "application/json; charset=utf-8" } });
