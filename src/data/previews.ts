/**
 * Link previews: one small card per unit, in this edition's language, prepared from the content at build time
 * (src/pages/preview/). Each unit's address comes from the unit index (src/data/units.ts, through the route helpers),
 * so a card follows its unit wherever the unit's page or anchor moves.
 */
import { getCollection, type CollectionEntry } from "./content.ts";
import { getSitePage } from "./collections.ts";
import { unitHref } from "./env.ts";
import { renderingOf, titlesOf } from "./translations.ts";
import { getUnitIndex, type Unit } from "./units.ts";
import { LOCALE } from "../i18n/locale.ts";
import { ELEMENT_KIND_LABELS, UNIT_KIND_LABELS } from "../i18n/kinds.ts";
import { PAPER_LABELS, PREVIEW_UI, UI, fill } from "../i18n/ui.ts";
import { addressOf } from "../lib/permalinks.ts";
import { cardFile, cardJson, firstSentences, mdxText, type PreviewCard, type PreviewIndex } from "../lib/preview-card.ts";

/** A card's file (under the edition's base) and its JSON. */
export interface PreviewFile {
  file: string;
  json: string;
}

/** The longest summary: one or two sentences, in characters (Chinese) or about as many bytes of English. */
const SUMMARY_MAX = LOCALE === "en" ? 240 : 110;

type PaperId = keyof typeof PAPER_LABELS;
const papersLabel = (papers: Iterable<string>): string | undefined => {
  const known = (["paper-a", "paper-b"] as const).filter((p) => new Set(papers).has(p));
  return known.length === 0 ? undefined : known.map((p: PaperId) => PAPER_LABELS[p]).join(UI.preview.paperSeparator);
};
const BOTH = ["paper-a", "paper-b"];

/** What a card says of a unit besides its titles: its summary, its kind label, and its papers where not the unit's own. */
interface Facts {
  summary: string;
  kind?: string;
  papers?: Iterable<string>;
  titles?: { zh: string; en: string };
}

let cache: Promise<PreviewFile[]> | undefined;

/** Every unit's card file, in this edition; fails the build when a card cannot be kept to CARD_MAX_BYTES. */
export function getPreviewFiles(): Promise<PreviewFile[]> {
  cache ??= buildCards();
  return cache;
}

/** The card index file: the addresses that have a card (the browser asks for a card only for these) and the card's strings. */
export async function getPreviewIndex(): Promise<PreviewIndex> {
  const units = await getUnitIndex();
  const facts = await getFacts(units);
  return {
    links: [...units.values()].filter((u) => facts.has(u.id)).map((u) => addressOf(u.location)),
    ui: { turnOff: PREVIEW_UI.turnOff, turnedOff: PREVIEW_UI.turnedOff, separator: UI.preview.paperSeparator },
  };
}

async function buildCards(): Promise<PreviewFile[]> {
  const units = await getUnitIndex();
  const facts = await getFacts(units);
  const files: PreviewFile[] = [];
  for (const unit of units.values()) {
    const f = facts.get(unit.id);
    if (f === undefined) continue;
    files.push({ file: cardFile(addressOf(unit.location)), json: cardJson(cardOf(unit, f)) });
  }
  return files;
}

function cardOf(unit: Unit, f: Facts): PreviewCard {
  const titles = f.titles ?? titlesOf(unit);
  const [title, other] = LOCALE === "en" ? [titles.en, titles.zh] : [titles.zh, titles.en];
  const papers = papersLabel(f.papers ?? (unit.paper === undefined ? [] : [unit.paper]));
  return {
    t: title,
    ...(other !== title ? { o: other } : {}),
    k: f.kind ?? UNIT_KIND_LABELS[unit.kind],
    ...(papers === undefined ? {} : { p: papers }),
    s: firstSentences(f.summary, SUMMARY_MAX),
    u: unitHref(unit.location),
  };
}

/** Each unit's card facts by id (units without any prose of their own, such as matrix cells, still get one). */
async function getFacts(units: ReadonlyMap<string, Unit>): Promise<Map<string, Facts>> {
  const english = LOCALE === "en";
  const refTitle = (id: string) => units.get(id)?.titleZh ?? id;
  const body = (entry: { body?: string | undefined }) => mdxText(entry.body ?? "", refTitle, english);
  const facts = new Map<string, Facts>();
  const table = await getSitePage("about-table-1");
  facts.set("table-1", { summary: table.data.descriptionZh });
  for (const p of await getCollection("papers")) facts.set(p.id, { summary: body(p) });
  for (const s of await getCollection("sections")) facts.set(s.id, { summary: body(s) });
  for (const s of await getCollection("stages")) facts.set(s.id, { summary: body(s) || s.data.mainTaskZh });
  for (const d of await getCollection("dimensions")) facts.set(d.id, { summary: d.data.noteZh });
  for (const e of await getCollection("elements")) facts.set(e.id, { summary: e.data.definitionZh, kind: ELEMENT_KIND_LABELS[e.data.kind] });
  for (const m of await getCollection("matrix")) facts.set(m.id, { summary: m.data.summaryZh });
  for (const c of await getCollection("concepts"))
    facts.set(c.id, { summary: c.data.definitionZh, papers: Object.entries(c.data.views).flatMap(([p, v]) => (v.discussed ? [p] : [])) });
  for (const c of await getCollection("comparisons")) addComparison(facts, c, body(c));
  for (const w of await getCollection("crosswalk")) facts.set(w.id, { summary: w.data.reasonZh, papers: BOTH });
  for (const e of await getCollection("events")) facts.set(e.id, { summary: e.data.summaryZh, papers: e.data.mentions.map((m) => m.paper.id) });
  for (const b of await getCollection("bibliography")) facts.set(b.id, bibliographyFacts(b));
  return facts;
}

function addComparison(facts: Map<string, Facts>, c: CollectionEntry<"comparisons">, overview: string): void {
  const titles = titlesOf(c.data);
  facts.set(c.id, { summary: overview, papers: BOTH });
  facts.set(`${c.id}-row`, { summary: overview, papers: BOTH });
  c.data.claims.forEach((claim, i) => {
    const n = String(i + 1);
    facts.set(claim.id, {
      summary: claim.textZh,
      papers: BOTH,
      titles: { zh: fill(UI.preview.claimZh, { title: titles.zh, n }), en: fill(UI.preview.claimEn, { title: titles.en, n }) },
    });
  });
}

function bibliographyFacts(b: CollectionEntry<"bibliography">): Facts {
  const d = b.data;
  const name = (a: (typeof d.authors)[number]) =>
    "literal" in a ? a.literal : /^[\x20-\x7e]+$/.test(a.family) ? [a.given, a.family].filter(Boolean).join(" ") : `${a.family}${a.given ?? ""}`;
  const authors = d.authors.map(name).join(UI.preview.authorSeparator) + (d.etAl ? UI.preview.etAl : "");
  const where = d.container ?? d.publisher;
  const line = fill(UI.preview.reference, { authors, year: d.year, where: where === undefined ? "" : fill(UI.preview.referenceWhere, { where }) });
  return {
    summary: d.noteZh === undefined ? line : `${line} ${d.noteZh}`,
    papers: d.citedIn.map((l) => l.paper.id),
    titles: { zh: d.title, en: renderingOf(b, "title") ?? d.title },
  };
}
