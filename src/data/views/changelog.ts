/** The changelog page: the site's editions and its revisions, newest first, with links to the units they touched. */
import { LOCALE } from "../../i18n/locale.ts";
import { UI } from "../../i18n/ui.ts";
import { PATHS } from "../../lib/routes.ts";
import type { ChangelogView } from "../../lib/views.ts";
import { getCheckedChangelog } from "../changelog.ts";
import { unitHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";
import { getUnitIndex } from "../units.ts";

/** The anchor of an edition on the changelog page ("edition-2026-11-28"). */
export const editionAnchor = (id: string): string => `edition-${id.replace(/[^0-9a-z-]/g, "-")}`;

export type { ChangelogView };

/** Everything the changelog page shows. */
export async function getChangelogView(): Promise<ChangelogView> {
  const { editions, entries, current } = await getCheckedChangelog();
  const units = await getUnitIndex();
  const text = (e: { zh: string; en: string }) => (LOCALE === "en" ? e.en : e.zh);
  const days: ChangelogView["days"] = [];
  for (const entry of entries) {
    let day = days.at(-1);
    if (day?.date !== entry.date) {
      day = { date: entry.date, anchor: `d-${entry.date}`, changes: [] };
      days.push(day);
    }
    day.changes.push({
      text: text(entry),
      substantive: entry.substantive,
      units: entry.units.flatMap((id) => {
        const unit = units.get(id);
        return unit === undefined ? [] : [{ label: unit.titleZh, href: unitHref(unit.location) }];
      }),
      edition: { label: entry.edition, href: `#${editionAnchor(entry.edition)}` },
    });
  }
  return {
    page: await pageMeta({
      titleZh: UI.changelog.title,
      description: UI.changelog.description,
      path: PATHS.changelog,
      kind: "page",
      crumbs: [{ label: UI.changelog.title }],
      toc: [
        { id: "editions", label: UI.changelog.editions, depth: 2 },
        { id: "revisions", label: UI.changelog.entries, depth: 2 },
        ...days.map((d) => ({ id: d.anchor, label: d.date, depth: 3 as const })),
      ],
    }),
    titleZh: UI.changelog.title,
    titleEn: UI.changelog.titleEn,
    intro: UI.changelog.intro,
    editions: editions.map((e) => ({ id: e.id, anchor: editionAnchor(e.id), date: e.date, text: text(e), current: e.id === current.id })),
    days,
  };
}
