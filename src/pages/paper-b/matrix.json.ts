import type { APIRoute } from "astro";
import { getMatrix } from "../../data/matrix.ts";
import { UI } from "../../i18n/ui.ts";
import { SITE } from "../../site.config.ts";

/** Paper B's indicator matrix as JSON, with its source and licence. */
export const GET: APIRoute = async ({ site }) => {
  const { cells, indicators, actors, systems } = await getMatrix();
  const data = {
    title: UI.matrix.title,
    titleEn: UI.matrix.titleEn,
    source: { paper: "paper-b", section: "b-3-2-1", description: "张正清、王娜《构建以技术社会实验为导向的新型举国体制》，2022年第4期，三(二)1" },
    licence: SITE.licenseZh,
    note: UI.matrix.dataNote,
    url: new URL(`${import.meta.env.BASE_URL}paper-b/matrix/`, site).href,
    indicators: indicators.map((i) => ({ id: i.id, name: i.data.titleZh, nameEn: i.data.titleEn })),
    actors: actors.map((a) => ({ id: a.id, name: a.data.titleZh, nameEn: a.data.titleEn })),
    systems: systems.map((s) => ({ id: s.id, name: s.data.titleZh, nameEn: s.data.titleEn })),
    cells: cells.map((c) => ({
      id: c.id,
      indicator: c.data.indicator.id,
      ...(c.data.actor ? { actor: c.data.actor.id } : {}),
      ...(c.data.system ? { system: c.data.system.id } : {}),
      specified: c.data.specified,
      summary: c.data.summaryZh,
      ...(c.data.quote ? { quote: c.data.quote } : {}),
      locator: { section: c.data.locator.section.id, ...(c.data.locator.page ? { page: c.data.locator.page } : {}) },
    })),
  };
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
};
