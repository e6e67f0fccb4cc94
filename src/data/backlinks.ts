import { getCollection, getOriginalCollection, render, type CollectionEntry, type CollectionKey } from "./content.ts";
import { UNIT_KIND_LABELS } from "../i18n/kinds.ts";
import { LOCALE } from "../i18n/locale.ts";
import { UI } from "../i18n/ui.ts";
import {
  bodyBlocks,
  computeBacklinks,
  contextAround,
  findMention,
  groupMentions,
  type BodyBlock,
  type MentionContext,
  type MentionGroup,
  type MentionSource,
} from "../lib/backlinks.ts";
import { hrefOf } from "../lib/routes.ts";
import { conceptTerms, type Term } from "../lib/terms.ts";
import { getPapers } from "./collections.ts";
import { BASE, unitHref } from "./env.ts";
import { getUnitIndex, type Unit } from "./units.ts";

/** One mention of a concept or a model element: the unit that makes it, the exact place to land on, and the words around it. */
export interface Mention {
  unit: Unit;
  /** The unit's page at the heading the mention falls under, or the anchor of the claim, row or event that makes it. */
  href: string;
  /** The sentence around the mention, when the unit is named or linked in the text (not only listed). */
  context?: MentionContext | undefined;
}

/** How many characters of the sentence are shown either side of a mention. */
const WINDOW = LOCALE === "en" ? 70 : 32;

type Source = { id: string; data: unknown; body: string | undefined; entry?: CollectionEntry<"sections" | "stages" | "elements" | "comparisons" | "concepts"> };

let cache: Promise<Map<string, Mention[]>> | undefined;

/**
 * The backlinks ("mentioned in") of every concept and every model element, each with where and how. A concept is
 * mentioned where a unit names it, links to it or lists it in its `concepts`; an element, where a unit's text links to
 * it with <Ref> (its counterparts in the crosswalk, its parent and its parts are shown on its page as such).
 */
export function getBacklinks(): Promise<Map<string, Mention[]>> {
  cache ??= build();
  return cache;
}

/** How many mentions of each paper a page lists open; the rest fold behind a "more" control. */
const SHOWN_MENTIONS = 6;

/** A unit's "mentioned in" list as its page shows it: grouped by paper (then the site's own pages), long groups folded. */
export async function getMentionGroups(id: string): Promise<{ groups: MentionGroup[]; count: number }> {
  const mentions = (await getBacklinks()).get(id) ?? [];
  const papers = await getPapers();
  const groups = groupMentions(
    mentions.map(({ unit, href, context }) => ({ label: unit.titleZh, href, kindLabel: UNIT_KIND_LABELS[unit.kind], context, group: unit.paper ?? "" })),
    [...papers.map((p) => ({ key: p.id, label: p.data.labelZh })), { key: "", label: UI.concept.mentionedElsewhere }],
    SHOWN_MENTIONS,
  );
  return { groups, count: mentions.length };
}

/** The kinds of unit whose text or lists may mention a concept or an element. */
const SOURCES = ["sections", "stages", "elements", "comparisons", "concepts", "dimensions", "events"] as const;

type Entry = CollectionEntry<(typeof SOURCES)[number]>;

/** What an entry lists as its concepts (a concept also lists its related ones). */
function listed(collection: (typeof SOURCES)[number], entry: Entry): readonly { id: string }[] {
  const data = entry.data as { concepts: readonly { id: string }[]; related?: readonly { id: string }[] };
  return collection === "concepts" ? [...data.concepts, ...(data.related ?? [])] : data.concepts;
}

/** Entries with a body the page renders (dimensions and events are data only). */
const HAS_BODY: ReadonlySet<string> = new Set(["sections", "stages", "elements", "comparisons", "concepts"]);

/** The names a concept is found by in this edition's text: its title and aliases; in English also its English forms and its Chinese title. */
function termsOf(concepts: readonly CollectionEntry<"concepts">[]): Term[] {
  return concepts.flatMap((c) =>
    conceptTerms(c.id, c.data.titleZh, LOCALE === "en" ? [...c.data.aliasesZh, ...c.data.formsEn, c.data.titleEn] : c.data.aliasesZh),
  );
}

async function build(): Promise<Map<string, Mention[]>> {
  // Which units mention which is read from the Chinese originals, so both editions list the same mentions; where each
  // mention falls and its sentence are read from this edition's text.
  const original = async <C extends CollectionKey>(c: C) => getOriginalCollection(c);
  const concepts = await original("concepts");
  const targets = new Set([...concepts, ...(await original("elements"))].map((e) => e.id));
  const canonicalTerms = concepts.flatMap((c) => conceptTerms(c.id, c.data.titleZh, c.data.aliasesZh));
  const sources: MentionSource[] = [];
  const byId = new Map<string, Source>();
  for (const collection of SOURCES) {
    for (const e of (await original(collection)) as Entry[]) {
      sources.push({ id: e.id, text: `${JSON.stringify(e.data)}\n${e.body ?? ""}`, listed: listed(collection, e).map((c) => c.id) });
    }
    for (const e of (await getCollection(collection)) as Entry[]) {
      const source: Source = HAS_BODY.has(collection)
        ? { id: e.id, data: e.data, body: e.body, entry: e as NonNullable<Source["entry"]> }
        : { id: e.id, data: e.data, body: undefined };
      byId.set(e.id, source);
    }
  }
  const terms = termsOf(await getCollection("concepts"));
  const index = await getUnitIndex();
  const result = new Map<string, Mention[]>();
  for (const [target, ids] of computeBacklinks(sources, targets, canonicalTerms)) {
    const mentions: Mention[] = [];
    for (const id of ids) {
      const unit = index.get(id);
      const source = byId.get(id);
      if (unit === undefined || source === undefined) continue;
      mentions.push(await locate(unit, source, target, terms, index));
    }
    result.set(target, mentions);
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

/** A block's mention of a target (an English name matches in any case: src/lib/terms.ts `indexOfTerm`). */
function mentionIn(block: Pick<BodyBlock, "text" | "refs">, target: string, terms: readonly Term[]): MentionContext | undefined {
  const found = findMention(block, target, terms);
  return found === null ? undefined : contextAround(block.text, found.start, found.end, WINDOW);
}

/** The strings of an entry's data a reader sees as prose (not its quotations, ids or titles), in order. */
function proseFields(data: unknown, key = ""): string[] {
  if (typeof data === "string") return /quote|^id$|definition|title|href|url|where|source|kind|type|paper|section|^to$|date|lang/i.test(key) ? [] : [data];
  if (Array.isArray(data)) return data.flatMap((x) => proseFields(x, key));
  if (data !== null && typeof data === "object") return Object.entries(data).flatMap(([k, v]) => (k === "claims" ? [] : proseFields(v, k)));
  return [];
}

async function locate(unit: Unit, source: Source, target: string, terms: readonly Term[], index: ReadonlyMap<string, Unit>): Promise<Mention> {
  const page = unitHref(unit.location);
  let blocks = blocksOf.get(source.id);
  if (blocks === undefined) {
    blocks = source.body === undefined ? [] : bodyBlocks(source.body);
    blocksOf.set(source.id, blocks);
  }
  for (const block of blocks) {
    const context = mentionIn(block, target, terms);
    if (context === undefined) continue;
    const slug = block.heading >= 0 && unit.location.anchor === undefined ? (await headingIds(source))[block.heading] : undefined;
    return { unit, href: slug === undefined ? page : `${page}#${slug}`, context };
  }
  // A comparison's one-line summaries of each paper are its row in the matrix on /compare/, not its own page.
  const row = index.get(`${unit.id}-row`);
  const fieldsHref = unit.kind === "comparison" && row !== undefined ? hrefOf(BASE, row.location) : page;
  for (const text of proseFields(source.data)) {
    const context = mentionIn({ text, refs: [] }, target, terms);
    if (context !== undefined) return { unit, href: fieldsHref, context };
  }
  // A comparison's claims are units of their own, each with its anchor: land on the claim that names the target.
  const claims = (source.data as { claims?: { id: string }[] }).claims ?? [];
  for (const claim of claims) {
    const claimUnit = index.get(claim.id);
    for (const text of proseFields(claim)) {
      const context = mentionIn({ text, refs: [] }, target, terms);
      if (context !== undefined && claimUnit !== undefined) return { unit, href: hrefOf(BASE, claimUnit.location), context };
    }
  }
  return { unit, href: page };
}
