import { getCollection, render, type CollectionEntry } from "./content.ts";
import { LOCALE } from "../i18n/locale.ts";
import { bodyBlocks, computeBacklinks, contextAround, findMention, type BodyBlock, type MentionContext, type MentionSource } from "../lib/backlinks.ts";
import { hrefOf } from "../lib/routes.ts";
import { conceptTerms, type Term } from "../lib/terms.ts";
import { BASE, unitHref } from "./env.ts";
import { getUnitIndex, type Unit } from "./units.ts";

/** One mention of a concept: the unit that makes it, the exact place to land on, and the words around it. */
export interface Mention {
  unit: Unit;
  /** The unit's page at the heading the mention falls under, or the anchor of the claim, row or event that makes it. */
  href: string;
  /** The sentence around the mention, when the concept is named or linked in the text (not only listed). */
  context?: MentionContext | undefined;
}

/** How many characters of the sentence are shown either side of a mention. */
const WINDOW = LOCALE === "en" ? 70 : 32;

type Source = { id: string; data: unknown; body: string | undefined; entry?: CollectionEntry<"sections" | "stages" | "elements" | "comparisons" | "concepts"> };

let cache: Promise<Map<string, Mention[]>> | undefined;

/** Every concept's backlinks ("mentioned in"): the units that name, link or list it, each with where and how. */
export function getBacklinks(): Promise<Map<string, Mention[]>> {
  cache ??= build();
  return cache;
}

async function build(): Promise<Map<string, Mention[]>> {
  const concepts = await getCollection("concepts");
  const terms = concepts.flatMap((c) => conceptTerms(c.id, c.data.titleZh, c.data.aliasesZh));
  const sources: MentionSource[] = [];
  const byId = new Map<string, Source>();
  const add = (source: Source, listed: readonly { id: string }[] = []) => {
    byId.set(source.id, source);
    sources.push({ id: source.id, text: `${JSON.stringify(source.data)}\n${source.body ?? ""}`, concepts: listed.map((c) => c.id) });
  };
  for (const e of await getCollection("sections")) add({ id: e.id, data: e.data, body: e.body, entry: e }, e.data.concepts);
  for (const e of await getCollection("stages")) add({ id: e.id, data: e.data, body: e.body, entry: e }, e.data.concepts);
  for (const e of await getCollection("elements")) add({ id: e.id, data: e.data, body: e.body, entry: e }, e.data.concepts);
  for (const e of await getCollection("comparisons")) add({ id: e.id, data: e.data, body: e.body, entry: e }, e.data.concepts);
  for (const e of concepts) add({ id: e.id, data: e.data, body: e.body, entry: e }, [...e.data.concepts, ...e.data.related]);
  for (const e of await getCollection("dimensions")) add({ id: e.id, data: e.data, body: undefined }, e.data.concepts);
  for (const e of await getCollection("events")) add({ id: e.id, data: e.data, body: undefined }, e.data.concepts);
  const index = await getUnitIndex();
  const result = new Map<string, Mention[]>();
  for (const [concept, ids] of computeBacklinks(sources, terms)) {
    const mentions: Mention[] = [];
    for (const id of ids) {
      const unit = index.get(id);
      const source = byId.get(id);
      if (unit === undefined || source === undefined) continue;
      mentions.push(await locate(unit, source, concept, terms, index));
    }
    result.set(concept, mentions);
  }
  return result;
}

const blocksOf = new Map<string, BodyBlock[]>();
const headingsOf = new Map<string, Promise<string[]>>();

/** The ids of an entry's body headings as its page prints them, in order (the English page keeps the Chinese ids). */
function headingIds(source: Source): Promise<string[]> {
  let ids = headingsOf.get(source.id);
  if (ids === undefined) {
    ids = source.entry === undefined ? Promise.resolve([]) : render(source.entry).then((r) => r.headings.filter((h) => h.depth >= 2).map((h) => h.slug));
    headingsOf.set(source.id, ids);
  }
  return ids;
}

/** A block's mention of a concept, matched without regard to case in the English edition. */
function mentionIn(block: Pick<BodyBlock, "text" | "refs">, concept: string, terms: readonly Term[]): MentionContext | undefined {
  const lower = LOCALE === "en";
  const found = findMention(
    lower ? { text: block.text.toLowerCase(), refs: block.refs } : block,
    concept,
    lower ? terms.map((t) => ({ ...t, term: t.term.toLowerCase() })) : terms,
  );
  return found === null ? undefined : contextAround(block.text, found.start, found.end, WINDOW);
}

/** The strings of an entry's data a reader sees as prose (not its quotations, ids or titles), in order. */
function proseFields(data: unknown, key = ""): string[] {
  if (typeof data === "string") return /quote|^id$|definition|title|href|url|where|source|kind|type|paper|section|^to$|date|lang/i.test(key) ? [] : [data];
  if (Array.isArray(data)) return data.flatMap((x) => proseFields(x, key));
  if (data !== null && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => (k === "claims" ? [] : proseFields(v, k)));
  return [];
}

async function locate(unit: Unit, source: Source, concept: string, terms: readonly Term[], index: ReadonlyMap<string, Unit>): Promise<Mention> {
  const page = unitHref(unit.location);
  let blocks = blocksOf.get(source.id);
  if (blocks === undefined) {
    blocks = source.body === undefined ? [] : bodyBlocks(source.body);
    blocksOf.set(source.id, blocks);
  }
  for (const block of blocks) {
    const context = mentionIn(block, concept, terms);
    if (context === undefined) continue;
    const slug = block.heading >= 0 && unit.location.anchor === undefined ? (await headingIds(source))[block.heading] : undefined;
    return { unit, href: slug === undefined ? page : `${page}#${slug}`, context };
  }
  // A comparison's one-line summaries of each paper are its row in the matrix on /compare/, not its own page.
  const row = index.get(`${unit.id}-row`);
  const fieldsHref = unit.kind === "comparison" && row !== undefined ? hrefOf(BASE, row.location) : page;
  for (const text of proseFields(source.data)) {
    const context = mentionIn({ text, refs: [] }, concept, terms);
    if (context !== undefined) return { unit, href: fieldsHref, context };
  }
  // A comparison's claims are units of their own, each with its anchor: land on the claim that names the concept.
  const claims = (source.data as { claims?: { id: string }[] }).claims ?? [];
  for (const claim of claims) {
    const claimUnit = index.get(claim.id);
    for (const text of proseFields(claim)) {
      const context = mentionIn({ text, refs: [] }, concept, terms);
      if (context !== undefined && claimUnit !== undefined) return { unit, href: hrefOf(BASE, claimUnit.location), context };
    }
  }
  return { unit, href: page };
}
