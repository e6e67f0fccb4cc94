/** The offline reading page: what saving a copy means, and the controls (src/client/offline.ts). */
import { cacheName, OFFLINE_MANIFEST, SERVICE_WORKER } from "../../lib/offline.ts";
import { PATHS } from "../../lib/routes.ts";
import type { PageMeta } from "../../lib/views.ts";
import { UI } from "../../i18n/ui.ts";
import { ROOT_BASE } from "../../i18n/locale.ts";
import { siteHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";

/** Everything the offline page shows, and what its script needs: where the worker and this edition's file list are. */
export interface OfflineView {
  page: PageMeta;
  config: { worker: string; scope: string; base: string; manifest: string; cache: string };
}

/** The offline page's view. */
export async function getOfflineView(): Promise<OfflineView> {
  const base = siteHref("");
  return {
    page: await pageMeta({
      titleZh: UI.offline.title,
      description: UI.offline.description,
      path: PATHS.offline,
      kind: "page",
      crumbs: [{ label: UI.offline.title }],
      noIndex: true,
    }),
    config: { worker: `${ROOT_BASE}${SERVICE_WORKER}`, scope: ROOT_BASE, base, manifest: `${base}${OFFLINE_MANIFEST}`, cache: cacheName(base) },
  };
}
