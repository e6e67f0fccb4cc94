import { pinyin } from "pinyin-pro";

/** One glossary term: a Chinese name, its English rendering and where it is explained. */
export interface GlossaryInput {
  id: string;
  termZh: string;
  termEn: string;
  /** A one-line definition in the site's words. */
  definitionZh: string;
  kindLabel: string;
  href: string;
  /** Whose rendering the English is: Paper B's own, or the site's. */
  enSource: "paper" | "site";
  /** Paper B's own rendering, where the site departs from it. */
  paperEn?: { quote: string; where: "title" | "abstract" | "text" } | undefined;
}

/** A glossary term with its pinyin (tone marks, for reading) and a sort key (toneless, for ordering). */
export interface GlossaryEntry extends GlossaryInput {
  pinyin: string;
  sortKey: string;
  initial: string;
}

/** Add pinyin to each term (from pinyin-pro) and order them as a Chinese dictionary does. */
export function buildGlossary(terms: readonly GlossaryInput[]): GlossaryEntry[] {
  return terms
    .map((t) => {
      const plain = t.termZh.replace(/[“”"（）()—、·\s]/g, "");
      const sortKey = pinyin(plain, { toneType: "num", type: "array", nonZh: "consecutive" }).join(" ").toLowerCase();
      const initial = (/[a-z]/.exec(sortKey)?.[0] ?? "#").toUpperCase();
      return { ...t, pinyin: pinyin(plain, { nonZh: "consecutive" }), sortKey, initial };
    })
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.termZh.localeCompare(b.termZh, "zh-CN"));
}

/** Group ordered entries under their initial letter. */
export function groupByInitial<T extends { initial: string }>(entries: readonly T[]): { initial: string; entries: T[] }[] {
  const groups: { initial: string; entries: T[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.initial === entry.initial) last.entries.push(entry);
    else groups.push({ initial: entry.initial, entries: [entry] });
  }
  return groups;
}

/** The anchor of a pinyin initial's section: lowercase ASCII like every other anchor (`py-b`); the letter shown stays upper case. */
export function glossaryLetterId(initial: string): string {
  return `py-${initial.toLowerCase()}`;
}
