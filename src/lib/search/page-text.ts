/**
 * A page's indexed text as Pagefind's fragment gives it: `raw_content` holds the page's words (joined by zero-width
 * spaces for Chinese, by white space otherwise, HTML-escaped), and each element with an id (`anchors`) sits at a word
 * position. From these: the text of one part of a page, and an excerpt around a term.
 */
import { compact } from "./query.ts";

const HAN = /\p{Script=Han}/u;

/** An element with an id in a page's indexed text, as Pagefind records it (`location` is a word position). */
export interface PageAnchor {
  element: string;
  id: string;
  text?: string;
  title?: string;
  location: number;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decode the character references Pagefind's escaped text contains (named, decimal and hexadecimal). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** A page's words, in Pagefind's word positions (split as Pagefind splits them for its excerpts), and how to rejoin them. */
export interface PageWords {
  list: string[];
  joiner: string;
}

/** Split Pagefind's raw content into its words. */
export function pageWords(rawContent: string): PageWords {
  if (rawContent.includes("\u200B")) return { list: rawContent.split("\u200B"), joiner: "" };
  return { list: rawContent.split(/[^\S\uFEFF]+/), joiner: " " };
}

const HEADING = /^h([1-6])$/i;

/**
 * The word range [start, end) of the part of a page an anchor opens. Nested: a heading's part runs to the next heading
 * of the same or a higher rank, an entry's (an element with an id that is not a heading) to the next entry or heading.
 * Flat: to the next anchor of any kind among `anchors` (as Pagefind cuts its sub-results).
 */
export function partRange(anchor: PageAnchor, anchors: readonly PageAnchor[], wordCount: number, flat = false): [number, number] {
  const rank = HEADING.exec(anchor.element)?.[1];
  const closes = (other: PageAnchor): boolean => {
    if (other === anchor || other.location <= anchor.location) return false;
    if (flat || rank === undefined) return true;
    const otherRank = HEADING.exec(other.element)?.[1];
    return otherRank !== undefined && otherRank <= rank;
  };
  const end = anchors.filter(closes).reduce((min, a) => Math.min(min, a.location), wordCount);
  return [Math.min(anchor.location, end), end];
}

/** The words of a range of a page. */
export function sliceWords(words: PageWords, [start, end]: [number, number]): PageWords {
  return { list: words.list.slice(start, end), joiner: words.joiner };
}

/** Words as text (decoded). */
export function wordsText(words: PageWords): string {
  return decodeEntities(words.list.join(words.joiner));
}

/** The text (decoded) of the part of a page an anchor opens (see partRange). */
export function partText(anchor: PageAnchor, anchors: readonly PageAnchor[], words: PageWords, flat = false): string {
  return wordsText(sliceWords(words, partRange(anchor, anchors, words.list.length, flat)));
}

/**
 * An excerpt of `length` words around the first place one of `terms` (compact forms, best first) occurs, escaped as
 * Pagefind's excerpts are and without marks; null when none occurs.
 */
export function excerptAround(words: PageWords, terms: readonly string[], length: number): string | null {
  // Where each word starts in the compact text of the page.
  const starts: number[] = [];
  let text = "";
  for (const word of words.list) {
    starts.push(text.length);
    text += compact(decodeEntities(word));
  }
  const wordStarts = new Set(starts);
  for (const term of terms) {
    // An English term from the start of a word (see holds in query.ts), a Chinese one anywhere.
    let at = text.indexOf(term);
    if (!HAN.test(term)) while (at !== -1 && !wordStarts.has(at)) at = text.indexOf(term, at + 1);
    if (at === -1) continue;
    let first = starts.findIndex((s, i) => s <= at && (starts[i + 1] ?? Infinity) > at);
    if (first === -1) first = 0;
    const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.list.length - length));
    const end = Math.min(words.list.length, start + length);
    const body = words.list.slice(start, end).join(words.joiner).trim();
    const ellipsis = "…";
    return `${start > 0 ? ellipsis : ""}${body}${end < words.list.length ? ellipsis : ""}`;
  }
  return null;
}
