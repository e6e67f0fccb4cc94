import { UI } from "../../i18n/ui.ts";
import { PATHS } from "../../lib/routes.ts";
import type { EventView, PageMeta } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getCiteView } from "../cite-view.ts";
import { getEvents, getPaperLabels, getStages } from "../collections.ts";
import { getLocatorViews } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";

/** The timeline: the policy documents and events the papers mention, oldest first. */
export interface TimelineView {
  page: PageMeta;
  events: EventView[];
}

/** Everything the timeline shows. */
export async function getTimelineView(): Promise<TimelineView> {
  const paperLabels = await getPaperLabels();
  const stageTitles = new Map((await getStages()).map((s) => [s.id, s.data.titleZh]));
  const events = await Promise.all(
    (await getEvents()).map(async (e) => ({
      id: e.id,
      date: e.data.date,
      titleZh: e.data.titleZh,
      titleEn: e.data.titleEn,
      cite: await getCiteView(e.id),
      documentQuote: e.data.documentQuote,
      summaryZh: e.data.summaryZh,
      papers: [...new Set(e.data.mentions.map((m) => m.paper.id))].map((p) => paperLabels.get(p) ?? p).join(UI.punct.listSeparator),
      stage: e.data.stage === undefined ? undefined : (stageTitles.get(e.data.stage.id) ?? ""),
      locators: await getLocatorViews(e.data.mentions, UI.timeline.mentionedIn),
    })),
  );
  return {
    page: await pageMeta({
      titleZh: UI.nav.timeline,
      description: UI.timeline.description,
      path: PATHS.timeline,
      kind: "event",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.timeline }],
    }),
    events,
  };
}
