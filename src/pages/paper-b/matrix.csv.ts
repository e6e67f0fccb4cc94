import type { APIRoute } from "astro";
import { getMatrix } from "../../data/matrix.ts";
import { toCsv } from "../../lib/csv.ts";

/** Paper B's indicator matrix as CSV: one row per cell (indicator, actor or system, specified, summary, quote, locator). */
export const GET: APIRoute = async () => {
  const { cells, indicators, actors, systems } = await getMatrix();
  const name = (id: string | undefined) => [...indicators, ...actors].find((e) => e.id === id)?.data.titleZh ?? systems.find((s) => s.id === id)?.data.titleZh ?? "";
  const header = ["id", "核心指标", "行动者或体系", "论文是否说明", "概括（本站）", "原文短语", "章节", "页码"];
  const order = (id: string) => indicators.findIndex((i) => i.id === id);
  const rows = [...cells]
    .sort((a, b) => order(a.data.indicator.id) - order(b.data.indicator.id) || a.id.localeCompare(b.id))
    .map((c) => [c.id, name(c.data.indicator.id), name(c.data.actor?.id ?? c.data.system?.id), c.data.specified ? "是" : "否", c.data.summaryZh, c.data.quote ?? "", c.data.locator.section.id, c.data.locator.page?.toString() ?? ""]);
  return new Response(toCsv([header, ...rows]), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
