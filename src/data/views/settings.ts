/** The reading settings page: the choices the site remembers on this device. */
import { PATHS } from "../../lib/routes.ts";
import type { PageMeta } from "../../lib/views.ts";
import { UI } from "../../i18n/ui.ts";
import { siteHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";

/** What the settings page shows: its meta, and where offline reading is set. */
export interface SettingsView {
  page: PageMeta;
  offlineHref: string;
}

/** The settings page's view. */
export async function getSettingsView(): Promise<SettingsView> {
  return {
    page: await pageMeta({
      titleZh: UI.settings.title,
      description: UI.settings.description,
      path: PATHS.settings,
      kind: "page",
      crumbs: [{ label: UI.settings.title }],
      noIndex: true,
    }),
    offlineHref: siteHref(PATHS.offline),
  };
}
