/**
 * Highlights in result excerpts that follow the reader's terms. Pagefind marks each indexed word it matched, and it
 * segments Chinese into short words, so 互动者 comes back as 互动 + 者 with every 者 on the page marked. Here the
 * excerpt's text is marked afresh: the whole query and each part of it where they occur (ignoring case, spaces and
 * punctuation, so 技术实验扩散模式 marks 技术实验—扩散模式), and its segmented words of two or more characters;
 * touching marks merge into one. A single character is marked only when it is the whole query.
 */
import { decodeEntities } from "./page-text.ts";
import { compact, type ParsedQuery } from "./query.ts";

export { decodeEntities };

/** A run of excerpt text, marked or not. */
export interface TextSpan {
  text: string;
  mark: boolean;
}

/** The plain text of a Pagefind excerpt (escaped text with <mark> tags): tags dropped, references decoded. */
export function excerptText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""));
}

/**
 * The strings to mark for a query, longest first: the whole query, its quoted phrases and typed parts, what a result
 * must contain (ParsedQuery.needs), and its words of two or more characters.
 */
export function highlightTerms(query: ParsedQuery): string[] {
  const whole = compact(query.text);
  const terms = [query.text, ...query.phrases, ...query.chunks, ...query.needs.flat(), ...query.words]
    .map(compact)
    .filter((t) => t !== "" && ([...t].length > 1 || t === whole));
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/**
 * The text in compact form (letters and digits, NFKC, lower case) with, for each compact character, the span of the
 * original text it came from.
 */
function compactWithMap(text: string): { compacted: string; from: number[]; to: number[] } {
  let compacted = "";
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const normal = char.normalize("NFKC").toLowerCase();
    for (const c of normal) {
      if (!LETTER_OR_DIGIT.test(c)) continue;
      compacted += c;
      // One entry per UTF-16 unit of the compact string, so indexOf positions map straight back.
      for (let i = 0; i < c.length; i++) {
        from.push(index);
        to.push(index + char.length);
      }
    }
    index += char.length;
  }
  return { compacted, from, to };
}

/** A letter or digit of a script that spaces its words (a Latin term marks whole words of them). */
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LETTER_OR_DIGIT.test(char) && !HAN.test(char);
}

/** Split `text` into marked and unmarked runs for a query (see the module comment). */
export function highlight(text: string, query: ParsedQuery): TextSpan[] {
  const terms = highlightTerms(query);
  const whole = compact(query.text);
  const { compacted, from, to } = compactWithMap(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = compacted.indexOf(term); at !== -1; at = compacted.indexOf(term, at + 1)) {
      const start = from[at] ?? 0;
      let end = to[at + term.length - 1] ?? start;
      // A Latin term marks whole words: it must start a word, and marks the rest of the word it begins (as Pagefind matches prefixes).
      if (!HAN.test(term)) {
        if (isWordChar(text[start - 1])) continue;
        while (isWordChar(text[end])) end++;
      }
      ranges.push([start, end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const spans: TextSpan[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    // Never a lone character, unless it is the whole query.
    if ([...compact(text.slice(start, end))].length < 2 && compact(text.slice(start, end)) !== whole) continue;
    if (start > at) spans.push({ text: text.slice(at, start), mark: false });
    spans.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) spans.push({ text: text.slice(at), mark: false });
  return spans;
}
