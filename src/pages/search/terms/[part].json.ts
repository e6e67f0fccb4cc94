import type { APIRoute, GetStaticPaths } from "astro";
import { getSearchGlossaryPart, SEARCH_GLOSSARY_PARTS } from "../../../data/search-glossary.ts";

/** The parts of the search glossary the search page loads: what every query needs, and one shard of units per query. */
export const getStaticPaths = (() => SEARCH_GLOSSARY_PARTS.map((part) => ({ params: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await getSearchGlossaryPart(String(params["part"]))), { headers: { "Content-Type": "application/json; charset=utf-8" } });
