import type { APIRoute } from "astro";
import { getSitePage } from "../../data/collections.ts";
import { getTable1 } from "../../data/table1.ts";
import { UI } from "../../i18n/ui.ts";
import { SITE } from "../../site.config.ts";

/** 表1 as JSON, with its source, licence and the note on the group labels. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const { stages, rows, dimensions } = await getTable1(base);
  const page = await getSitePage("about-table-1");
  const data = {
    title: page.data.titleZh,
    titleEn: page.data.titleEn,
    source: { paper: "paper-a", section: "a-2-4", description: "论文A（题名与作者未知），复印报刊资料《中国政治》2022年第2期转载，第二节(四)，表1" },
    licence: SITE.licenseZh,
    note: UI.table.dataNote,
    url: new URL(`${base}table-1/`, site).href,
    columns: stages.map((s) => ({ id: s.id, heading: s.heading })),
    rows: rows.map((r) => ({
      id: r.id,
      label: r.labelZh,
      labelEn: r.labelEn,
      group: r.group,
      constant: r.constant,
      cells: Object.fromEntries(stages.map((s, i) => [s.id, r.cells[i] ?? ""])),
      note: dimensions.find((d) => d.id === r.id)?.data.noteZh ?? "",
    })),
  };
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { "content-type": "application/json; charset=utf-8" } });
};
