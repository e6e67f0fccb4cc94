import type { APIRoute } from "astro";
import { getCitableIds, getCitationFile } from "../../data/citations.ts";

/** One path per citable unit. */
export async function getStaticPaths() {
  return (await getCitableIds()).map((id) => ({ params: { id } }));
}

/** The unit's references as CSL-JSON: the original (where it can be cited) and the site's page. */
export const GET: APIRoute = async ({ params }) => {
  const body = await getCitationFile(params["id"] ?? "", "json");
  return new Response(body, { headers: { "content-type": "application/vnd.citationstyles.csl+json; charset=utf-8" } });
};
