import type { APIRoute, GetStaticPaths } from "astro";
import { getPreviewFiles } from "../../data/previews.ts";

/** One unit's link-preview card (src/data/previews.ts): preview/<the unit's address>.json. */
export const getStaticPaths = (async () =>
  (await getPreviewFiles()).map(({ file, json }) => ({
    params: { card: file.replace(/^preview\//, "").replace(/\.json$/, "") },
    props: { json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { json: string }).json, { headers: { "Content-Type": "application/json; charset=utf-8" } });
