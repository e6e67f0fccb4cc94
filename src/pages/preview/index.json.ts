import type { APIRoute } from "astro";
import { getPreviewIndex } from "../../data/previews.ts";

/** Every address that has a link-preview card: the preview script asks for a card only for these. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getPreviewIndex()), { headers: { "Content-Type": "application/json; charset=utf-8" } });
