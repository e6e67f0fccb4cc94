import type { APIRoute } from "astro";
import { getSearchGlossary } from "../../data/search-glossary.ts";

/** The search glossary: every unit's names and link, and the Traditional characters to convert. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchGlossary()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
