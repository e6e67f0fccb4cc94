/**
 * The content as this edition reads it: astro:content's getCollection, getEntry and render, with each entry in the
 * edition's language (src/data/translations.ts). Everything in src/data reads content through here, except the
 * build's checks of the Chinese source (validate.ts, terminology.ts), which read it raw.
 */
import { getCollection as rawCollection, getEntry as rawEntry, render as rawRender, type CollectionEntry, type CollectionKey } from "astro:content";
import { LOCALE } from "../i18n/locale.ts";
import { englishBodyOf, localizeEntry } from "./translations.ts";

export type { CollectionEntry, CollectionKey };

/** Collections that hold no text of their own (the English diagrams are their own collection). */
const AS_IS: ReadonlySet<string> = new Set(["diagrams", "diagramsEn", "translations"]);

const cache = new Map<string, Promise<unknown[]>>();

async function all<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  let entries = cache.get(collection) as Promise<CollectionEntry<C>[]> | undefined;
  if (entries === undefined) {
    entries = (async () => {
      const raw = (await rawCollection(collection)) as CollectionEntry<C>[];
      if (LOCALE !== "en" || AS_IS.has(collection)) return raw;
      return Promise.all(raw.map((e) => localizeEntry(collection, e)));
    })();
    cache.set(collection, entries);
  }
  return entries;
}

/** Every entry of a collection, in this edition's language, optionally filtered. */
export async function getCollection<C extends CollectionKey>(collection: C, filter?: (entry: CollectionEntry<C>) => unknown): Promise<CollectionEntry<C>[]> {
  const entries = await all(collection);
  return filter === undefined ? entries : entries.filter(filter);
}

/** One entry by collection and id, or by a reference ({ collection, id }). */
/**
 * A collection as written, in Chinese, whichever edition is built: for what must not differ between the editions
 * (which units mention which, say), while their text is read from getCollection.
 */
export async function getOriginalCollection<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return rawCollection(collection);
}

export async function getEntry<C extends CollectionKey>(collection: C, id: string): Promise<CollectionEntry<C> | undefined>;
export async function getEntry<C extends CollectionKey>(reference: { collection: C; id: string }): Promise<CollectionEntry<C>>;
export async function getEntry<C extends CollectionKey>(a: C | { collection: C; id: string }, b?: string): Promise<CollectionEntry<C> | undefined> {
  const [collection, id] = typeof a === "string" ? [a, b] : [a.collection, a.id];
  if (LOCALE !== "en" || AS_IS.has(collection)) return (await rawEntry(collection, id ?? "")) as unknown as CollectionEntry<C> | undefined;
  const entries = (await all(collection)) as unknown as CollectionEntry<C>[];
  return entries.find((e) => e.id === id);
}

/** Render an entry's body: in the English edition, the body of its English file. */
export async function render(entry: CollectionEntry<CollectionKey>): Promise<Awaited<ReturnType<typeof rawRender>>> {
  const english = LOCALE === "en" ? englishBodyOf(entry) : undefined;
  return rawRender(english ?? entry);
}

/** Several entries by reference, in order. */
export async function getEntries<C extends CollectionKey>(references: readonly { collection: C; id: string }[]): Promise<CollectionEntry<C>[]> {
  return Promise.all(references.map((r) => getEntry(r)));
}
