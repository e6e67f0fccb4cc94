import { fill, UI } from "../../i18n/ui.ts";
import { shownText } from "../translations.ts";
import type { StageColumnRow } from "../../lib/table1.ts";
import { locateUnit, PATHS } from "../../lib/routes.ts";
import { tocFromHeadings } from "../../lib/toc.ts";
import type { CiteView, Link, LocatorView, PageMeta } from "../../lib/views.ts";
import { getCiteView } from "../cite-view.ts";
import { getStages } from "../collections.ts";
import { siteHref } from "../env.ts";
import { getLocatorView } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { getStageColumn } from "../table1.ts";
import { hrefTo, renderBody, type Body } from "./shared.ts";

/** One of Paper A's three stages: the site's account, its column of 表1, and the stages before and after. */
export interface StageView {
  page: PageMeta;
  id: string;
  titleZh: string;
  titleEn: string;
  eyebrow: string;
  cite: CiteView;
  locator: LocatorView;
  Content: Body;
  column: StageColumnRow[];
  prev?: Link | undefined;
  next?: Link | undefined;
}

/** The stage list: each stage linked, with its period, English title and main task. */
export interface StagesView {
  page: PageMeta;
  stages: (Link & { period: string; titleEn: string; mainTaskZh: string })[];
}

/** The stage pages' paths. */
export async function getStagePaths() {
  return (await getStages()).map((s) => ({ params: { id: s.id }, props: { id: s.id } }));
}

/** Everything a stage's page shows. */
export async function getStageView(id: string): Promise<StageView> {
  const stages = await getStages();
  const i = stages.findIndex((s) => s.id === id);
  const stage = stages[i];
  if (stage === undefined) throw new Error(`content/stages/${id}.mdx is missing`);
  const { Content, headings } = await renderBody(stage);
  const link = (s: (typeof stages)[number] | undefined) => (s === undefined ? undefined : { label: s.data.titleZh, href: hrefTo("stage", s.id) });
  const d = stage.data;
  return {
    page: await pageMeta({
      source: stage,
      titleZh: d.titleZh,
      description: fill(UI.stagePage.description, { title: d.titleZh, period: shownText(stage, "period.labelQuote", d.period.labelQuote), task: d.mainTaskZh }),
      path: locateUnit("stage", id).path,
      unitId: id,
      kind: "stage",
      papers: [d.locator.paper.id],
      crumbs: [{ label: UI.nav.stages, href: siteHref(PATHS.stages) }, { label: d.titleZh }],
      toc: [...tocFromHeadings(headings), { id: "table-1-column", label: UI.table.column, depth: 2 }],
    }),
    id,
    titleZh: d.titleZh,
    titleEn: d.titleEn,
    eyebrow: `${UI.nav.paperA} · ${shownText(stage, "period.labelQuote", d.period.labelQuote)}`,
    cite: await getCiteView(id),
    locator: await getLocatorView(d.locator),
    Content,
    column: await getStageColumn(id),
    prev: link(stages[i - 1]),
    next: link(stages[i + 1]),
  };
}

/** Everything the stage list shows. */
export async function getStagesView(): Promise<StagesView> {
  const stages = await getStages();
  return {
    page: await pageMeta({
      titleZh: UI.nav.stages,
      description: stages.map((s) => s.data.titleZh).join(UI.punct.listSeparator),
      path: PATHS.stages,
      kind: "stage",
      papers: ["paper-a"],
      crumbs: [{ label: UI.nav.stages }],
    }),
    stages: stages.map((s) => ({
      label: s.data.titleZh,
      href: hrefTo("stage", s.id),
      period: shownText(s, "period.labelQuote", s.data.period.labelQuote),
      titleEn: s.data.titleEn,
      mainTaskZh: s.data.mainTaskZh,
    })),
  };
}
