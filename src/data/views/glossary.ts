import { ELEMENT_KIND_LABELS } from "../../i18n/kinds.ts";
import { UI } from "../../i18n/ui.ts";
import { buildGlossary, groupByInitial, type GlossaryEntry } from "../../lib/glossary.ts";
import { PATHS } from "../../lib/routes.ts";
import type { PageMeta } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getConcepts, getElements, getPaperLabels } from "../collections.ts";
import { pageMeta } from "../page-meta.ts";
import { hrefTo } from "./shared.ts";

/** The glossary: every concept and model term by pinyin initial, and an English index. */
export interface GlossaryView {
  page: PageMeta;
  groups: { initial: string; entries: GlossaryEntry[] }[];
  /** The same terms ordered by their English names. */
  english: GlossaryEntry[];
}

/** Everything the glossary shows. */
export async function getGlossaryView(): Promise<GlossaryView> {
  const paperLabels = await getPaperLabels();
  const entries = buildGlossary([
    ...(await getConcepts()).map((c) => ({ id: c.id, termZh: c.data.titleZh, termEn: c.data.titleEn, kindLabel: UI.nav.concepts, href: hrefTo("concept", c.id) })),
    ...(await getElements()).map((e) => ({ id: e.id, termZh: e.data.titleZh, termEn: e.data.titleEn, kindLabel: `${paperLabels.get(e.data.locator.paper.id)} · ${ELEMENT_KIND_LABELS[e.data.kind]}`, href: hrefTo("element", e.id) })),
  ]);
  const groups = groupByInitial(entries);
  const toc = [...groups.map((g) => ({ id: `py-${g.initial}`, label: g.initial, depth: 2 as const })), { id: "english", label: UI.glossary.english, depth: 2 as const }];
  return {
    page: await pageMeta({ titleZh: UI.glossary.title, description: UI.glossary.description, path: PATHS.glossary, kind: "glossary", papers: PAPER_IDS, crumbs: [{ label: UI.glossary.title }], toc }),
    groups,
    english: [...entries].sort((a, b) => a.termEn.localeCompare(b.termEn, "en")),
  };
}
