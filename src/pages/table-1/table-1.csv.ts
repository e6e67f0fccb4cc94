import type { APIRoute } from "astro";
import { getTable1 } from "../../data/table1.ts";
import { toCsv } from "../../lib/csv.ts";

/** 表1 as CSV: one row per dimension, one column per stage, cells exactly as printed. */
export const GET: APIRoute = async () => {
  const { stages, rows } = await getTable1(import.meta.env.BASE_URL);
  const header = ["id", "维度", "分组", ...stages.map((s) => s.heading)];
  const body = rows.map((r) => [r.id, r.labelZh, r.group, ...r.cells]);
  return new Response(toCsv([header, ...body]), { headers: { "content-type": "text/csv; charset=utf-8" } });
};
