/**
 * The English edition's content: each Chinese entry with the English of its Chinese fields put in their place
 * (content/en/, one file per Chinese file). Used only when this build makes the English edition (src/i18n/locale.ts).
 *
 * - A field the English replaces (prose: `summaryZh`, `noteZh`, a locator's `note` …) takes the English in place, so
 *   the views and components read English where they read Chinese: in the English edition a `…Zh` field holds the
 *   edition's language.
 * - A field kept as printed (a quotation, a 表1 cell, a work's title) stays Chinese; its English (`<path>.en`) is
 *   available through `renderingOf`, for the component that shows the two together.
 * - Titles trade places: `titleZh` (the heading everywhere) gets the English title and `titleEn` (the secondary title,
 *   marked with the other edition's language) the Chinese one.
 * A Chinese entry without its English, or an English field that names no Chinese one, fails the build naming both files.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getCollection as rawCollection, type CollectionEntry } from "astro:content";
import { parse as parseYaml } from "yaml";
import { LOCALE } from "../i18n/locale.ts";
import { entryHash, translationHash, valueAt } from "../lib/i18n/translation.ts";

/** The collections read from YAML lists, and their folder. */
const LIST_FOLDERS: Record<string, string> = {
  dimensions: "table-1",
  matrix: "matrix",
  events: "events",
  bibliography: "bibliography",
  crosswalk: "crosswalk",
  terms: "terms",
};

/** What a Chinese entry needs from the English edition: where it comes from and which record holds its English. */
interface Source {
  /** content/… of the Chinese file. */
  file: string;
  /** The translations entry (the English file's path under content/en/, without extension). */
  enId: string;
  /** For a YAML list: the entry's id in the English file's map. */
  listId?: string;
}

interface EnglishRecord {
  translates: string | undefined;
  fields: Record<string, string>;
  /** The English file (for messages). */
  file: string;
  entry: CollectionEntry<"translations">;
}

let records: Promise<Map<string, EnglishRecord>> | undefined;

/** Every English record by `enId` (MDX) or `enId#listId` (YAML list entries). */
function getRecords(): Promise<Map<string, EnglishRecord>> {
  records ??= (async () => {
    const map = new Map<string, EnglishRecord>();
    for (const entry of await rawCollection("translations")) {
      const file = entry.filePath ?? `content/en/${entry.id}`;
      const isList = file.endsWith(".yaml");
      const items: [string, unknown][] = isList ? Object.entries(entry.data) : [["", entry.data]];
      for (const [listId, value] of items) {
        const where = isList ? `${file}: entry "${listId}"` : file;
        const record = (value ?? {}) as Record<string, unknown>;
        const fields = (record["fields"] ?? {}) as Record<string, unknown>;
        for (const [key, text] of Object.entries(fields)) {
          if (typeof text !== "string" || text.trim() === "") throw new Error(`${where}: field "fields.${key}" must be a non-empty string of English`);
        }
        const translates = record["translates"];
        map.set(isList ? `${entry.id}#${listId}` : entry.id, {
          translates: typeof translates === "string" ? translates : undefined,
          fields: fields as Record<string, string>,
          file,
          entry,
        });
      }
    }
    return map;
  })();
  return records;
}

/** Where a Chinese entry's English lives. */
function sourceOf(collection: string, entry: { id: string; filePath?: string | undefined }): Source {
  const file = entry.filePath ?? `content/${collection}/${entry.id}`;
  const enId = file.replace(/^content\//, "").replace(/\.(mdx|yaml)$/, "");
  return LIST_FOLDERS[collection] === undefined ? { file, enId } : { file, enId, listId: entry.id };
}

const recordKey = (s: Source): string => (s.listId === undefined ? s.enId : `${s.enId}#${s.listId}`);

/** The English record of a Chinese entry; fails the build when it has none. */
async function recordOf(collection: string, entry: { id: string; filePath?: string | undefined }): Promise<EnglishRecord> {
  const source = sourceOf(collection, entry);
  const record = (await getRecords()).get(recordKey(source));
  if (record === undefined) {
    throw new Error(
      `content/en/${source.enId}.${source.listId === undefined ? "mdx" : "yaml"}${source.listId === undefined ? "" : `: entry "${source.listId}"`}: the English edition has no translation of ${source.file}${source.listId === undefined ? "" : ` (entry "${source.listId}")`}. Run \`npm run i18n -- --skeleton\` and translate it.`,
    );
  }
  return record;
}

/** Set the string at a dotted path (the path must hold a string in the Chinese). */
function setAt(data: Record<string, unknown>, path: string, value: string, where: string): void {
  const parts = path.split(".");
  let node: unknown = data;
  for (const part of parts.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[part];
  const last = parts.at(-1) ?? path;
  if (typeof node !== "object" || node === null || typeof (node as Record<string, unknown>)[last] !== "string") {
    throw new Error(`${where}: field "fields.${path}" names no Chinese text in the entry it translates`);
  }
  (node as Record<string, unknown>)[last] = value;
}

/**
 * Fields whose English is shown beside the printed Chinese rather than in its place, beyond quotations: a paper's
 * bibliographic record (authors, journal, reprint), which citations and reference managers take as printed.
 */
const KEPT_PATHS: Record<string, RegExp> = { papers: /^(authors\.|journalName$|reprint\.)/, bibliography: /^authors\./ };

const renderings = new WeakMap<object, Map<string, string>>();
const english = new WeakMap<object, EnglishRecord>();

/** An entry of the English edition: the Chinese entry with its English put in place. */
export async function localizeEntry<E extends { id: string; filePath?: string | undefined; data: unknown; body?: string | undefined }>(
  collection: string,
  entry: E,
): Promise<E> {
  const record = await recordOf(collection, entry);
  const where = record.file;
  const data = structuredClone(entry.data) as Record<string, unknown>;
  const kept = new Map<string, string>();
  for (const [key, text] of Object.entries(record.fields)) {
    const keptPath = KEPT_PATHS[collection]?.test(key) === true;
    if (key.endsWith(".en") || keptPath) {
      const path = keptPath ? key : key.slice(0, -3);
      if (typeof valueAt(entry.data, path) !== "string") throw new Error(`${where}: field "fields.${key}" names no Chinese text in the entry it translates`);
      kept.set(path, text);
    } else setAt(data, key, text, where);
  }
  if (typeof data["titleZh"] === "string" && typeof data["titleEn"] === "string") {
    [data["titleZh"], data["titleEn"]] = [data["titleEn"], data["titleZh"]];
  }
  const out = { ...entry, data, ...(entry.body === undefined ? {} : { body: record.entry.body ?? "" }) } as E;
  renderings.set(out, kept);
  english.set(out, record);
  return out;
}

/** The English shown beside a field kept as printed (a quotation, a cell, a title), in the English edition. */
export function renderingOf(entry: object, path: string): string | undefined {
  return renderings.get(entry)?.get(path);
}

/** The English edition's entry whose body renders a Chinese entry's page (undefined outside the English edition). */
export function englishBodyOf(entry: object): CollectionEntry<"translations"> | undefined {
  return english.get(entry)?.entry;
}

/** Whether the Chinese has changed since its English was written (the page then says so). */
export function isStale(entry: object): boolean {
  const record = english.get(entry);
  const source = entry as { id: string; filePath?: string | undefined };
  if (record === undefined || source.filePath === undefined) return false;
  const text = readFileSync(join(process.cwd(), source.filePath), "utf8");
  if (!source.filePath.endsWith(".yaml")) return record.translates !== translationHash(text);
  const item = (parseYaml(text) as Record<string, unknown>[]).find((i) => i["id"] === source.id);
  return record.translates !== entryHash(item);
}

/** Sections with the heading each edition shows in outlines: the printed one, or in English the section's English title. */
export function withShownHeadings<S extends { data: { headingQuote: string; titleZh: string } }>(sections: readonly S[]): S[] {
  return LOCALE === "en" ? sections.map((s) => ({ ...s, data: { ...s.data, headingQuote: s.data.titleZh } })) : [...sections];
}

/** An entry's Chinese and English titles, whichever edition this is (the English edition swaps them: see above). */
export function titlesOf(data: { titleZh: string; titleEn: string }): { zh: string; en: string } {
  return LOCALE === "en" ? { zh: data.titleEn, en: data.titleZh } : { zh: data.titleZh, en: data.titleEn };
}

/**
 * The text a page shows for a field kept as printed (a section's printed heading, a period label): the printed
 * Chinese in the Chinese edition, the site's English of it in the English edition (the Chinese where it has none).
 */
export function shownText(entry: object, path: string, printed: string): string {
  return LOCALE === "en" ? (renderingOf(entry, path) ?? printed) : printed;
}
