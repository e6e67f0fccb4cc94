import { getCollection } from "../content.ts";
import { titlesOf } from "../translations.ts";
import { ELEMENT_KIND_LABELS } from "../../i18n/kinds.ts";
import { UI } from "../../i18n/ui.ts";
import { buildGlossary, glossaryLetterId, groupByInitial, type GlossaryEntry, type GlossaryInput } from "../../lib/glossary.ts";
import { PATHS } from "../../lib/routes.ts";
import { conceptTermZh, normalizeZh } from "../../lib/terminology.ts";
import type { PageMeta } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getConcepts, getElements, getPaperLabels } from "../collections.ts";
import { unitHref } from "../env.ts";
import { pageMeta } from "../page-meta.ts";
import { getTerminology } from "../terminology.ts";
import { getUnitIndex } from "../units.ts";
import { hrefTo } from "./shared.ts";

/** The glossary: every concept and model term by pinyin initial, and an English index. */
export interface GlossaryView {
  page: PageMeta;
  groups: { initial: string; entries: GlossaryEntry[] }[];
  /** The same terms ordered by their English names. */
  english: GlossaryEntry[];
}

type PaperEnFields = { paperEnQuote?: string | undefined; paperEnWhere?: "title" | "abstract" | "text" | undefined };
const paperEn = (d: PaperEnFields) =>
  d.paperEnQuote !== undefined && d.paperEnWhere !== undefined ? { quote: d.paperEnQuote, where: d.paperEnWhere } : undefined;

/** Everything the glossary shows. Each term's English, and whose rendering it is, come from the one terminology (concepts and content/terms/). */
export async function getGlossaryView(): Promise<GlossaryView> {
  const paperLabels = await getPaperLabels();
  const registry = new Map((await getTerminology()).filter((t) => t.match).map((t) => [t.zh, t]));
  const units = await getUnitIndex();
  const inputs: GlossaryInput[] = [
    ...(await getConcepts()).map((c) => ({
      id: c.id,
      termZh: titlesOf(c.data).zh,
      termEn: titlesOf(c.data).en,
      definitionZh: c.data.definitionZh,
      kindLabel: UI.nav.concepts,
      href: hrefTo("concept", c.id),
      enSource: c.data.titleEnSource,
      paperEn: paperEn(c.data),
    })),
    ...(await getElements()).map((e) => {
      const term = registry.get(normalizeZh(titlesOf(e.data).zh));
      const kindLabel = `${paperLabels.get(e.data.locator.paper.id)} · ${ELEMENT_KIND_LABELS[e.data.kind]}`;
      return {
        id: e.id,
        termZh: titlesOf(e.data).zh,
        termEn: titlesOf(e.data).en,
        definitionZh: e.data.definitionZh,
        kindLabel,
        href: hrefTo("element", e.id),
        enSource: term?.source ?? e.data.titleEnSource,
        paperEn: term?.paperEn,
      };
    }),
  ];
  // Terms of content/terms/ that no concept or element already names.
  const named = new Set(inputs.map((i) => conceptTermZh(i.termZh)));
  for (const t of await getCollection("terms")) {
    const unit = units.get(t.data.see);
    if (named.has(t.data.zh) || unit === undefined) continue;
    const kindLabel = t.data.contextZh === undefined ? UI.glossary.term : `${UI.glossary.term} · ${t.data.contextZh}`;
    inputs.push({
      id: t.id,
      termZh: t.data.zh,
      termEn: t.data.en,
      definitionZh: t.data.definitionZh,
      kindLabel,
      href: unitHref(unit.location),
      enSource: t.data.enSource,
      paperEn: paperEn(t.data),
    });
  }
  const entries = buildGlossary(inputs);
  const groups = groupByInitial(entries);
  const toc = [
    ...groups.map((g) => ({ id: glossaryLetterId(g.initial), label: g.initial, depth: 2 as const })),
    { id: "english", label: UI.glossary.english, depth: 2 as const },
  ];
  return {
    page: await pageMeta({
      titleZh: UI.glossary.title,
      description: UI.glossary.description,
      path: PATHS.glossary,
      kind: "glossary",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.glossary.title }],
      toc,
    }),
    groups,
    english: [...entries].sort((a, b) => a.termEn.localeCompare(b.termEn, "en")),
  };
}
