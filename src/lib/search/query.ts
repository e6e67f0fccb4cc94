/**
 * Query processing shared by the search UI and the Node search tests. Pagefind indexes Chinese
 * pages segmented into words, and in the browser it splits a zh-CN query with Intl.Segmenter before
 * matching; the query is segmented here the same way, so the UI, the tests and Pagefind agree.
 */
import { britishText, inflections } from "./english.ts";

const segmenter = new Intl.Segmenter("zh-CN", { granularity: "word" });

const HAN = /\p{Script=Han}/u;
/** Quotation marks a reader may type around a phrase: ASCII, Chinese curly quotes, corner brackets. */
const QUOTES = /[“”„「」『』]/g;
const PHRASE = /"([^"]+)"/g;
/** A stable site id as it appears in URLs (stage-new, a-mech-project). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/** A reader's query, parsed once for the index, the glossary and the checks on results. */
export interface ParsedQuery {
  /** The query as typed, trimmed. */
  raw: string;
  /** Normalised text (NFKC, lower case, single spaces, English words in British spelling), without quotation marks. */
  text: string;
  /** Words as Pagefind indexed them, in order (what Pagefind is asked for). */
  words: string[];
  /**
   * What a result must contain: for each need, one of its strings (compact). A word of two or more characters stands
   * for itself; a run of single Chinese characters (举|国) is one string (举国); a lone single character (者 in
   * 互动|者) counts only next to a word beside it as typed (互动者), so that no page matches on a stray 者. An English
   * word may also be found in another of its forms, as Pagefind finds it by its stem (laboratory for laboratories).
   */
  needs: string[][];
  /** The space-separated parts of the query as typed (an unspaced Chinese term is one part, an English word another). */
  chunks: string[];
  /** Quoted phrases: each must occur in a result as written (ignoring spaces and punctuation). */
  phrases: string[];
  /** The query when it has the shape of a site id. */
  id: string | null;
}

/** NFKC, lower case, quotation marks of every kind as ASCII `"`, white space collapsed. */
export function normalizeQuery(query: string): string {
  return query.normalize("NFKC").replace(QUOTES, '"').toLowerCase().replace(/\s+/g, " ").trim();
}

/** Letters and digits only, lower case: the form in which phrases and words are compared with page text. */
export function compact(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The word-like segments of a text, as Intl.Segmenter (and so Pagefind's query parser) finds them. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) if (isWordLike) words.push(segment);
  return words;
}

/** Parse a query into the words, phrases and id that the search engine works with. */
export function parseQuery(query: string): ParsedQuery {
  const raw = query.trim();
  // The site's English is British: "organization" is searched as "organisation" (see english.ts).
  const normal = britishText(normalizeQuery(raw));
  const phrases: string[] = [];
  for (const match of normal.matchAll(PHRASE)) {
    const phrase = (match[1] ?? "").trim();
    if (compact(phrase) !== "") phrases.push(phrase);
  }
  const text = normal.replace(/"/g, " ").replace(/\s+/g, " ").trim();
  const chunks = text.split(" ").filter((c) => compact(c) !== "");
  return { raw, text, words: segmentWords(text), needs: chunks.flatMap(chunkNeeds), chunks, phrases, id: ID.test(text) ? text : null };
}

const SINGLE_HAN = /^\p{Script=Han}$/u;

/** The needs of one typed part (see ParsedQuery.needs). */
function chunkNeeds(chunk: string): string[][] {
  // Consecutive single Chinese characters join into one unit; other words stay as they are.
  const units: string[] = [];
  let run = "";
  for (const word of segmentWords(chunk)) {
    if (SINGLE_HAN.test(word)) {
      run += word;
      continue;
    }
    if (run !== "") units.push(run);
    run = "";
    units.push(word);
  }
  if (run !== "") units.push(run);
  return units.map((unit, i) => {
    if (!HAN.test(unit)) return [compact(unit), ...inflections(compact(unit))];
    if (units.length === 1 || !SINGLE_HAN.test(unit)) return [compact(unit)];
    return [units[i - 1], units[i + 1]].filter((n): n is string => n !== undefined).map((n, k) => compact(k === 0 && i > 0 ? n + unit : unit + n));
  });
}

/** The query string handed to Pagefind: the words, space-separated. */
export function toPagefindQuery(parsed: ParsedQuery): string {
  return parsed.words.join(" ");
}

/** A text in compact form, with the positions in it where a word of Latin letters or digits starts. */
export interface CompactText {
  text: string;
  starts: Uint8Array;
}

const LATIN_CHAR = /^[\p{L}\p{N}]$/u;

/** A text in compact form (see compact), noting where its English words start (see holds). */
export function compactText(text: string): CompactText {
  let out = "";
  const starts: number[] = [];
  let inWord = false;
  for (const char of text.normalize("NFKC").toLowerCase()) {
    if (!LATIN_CHAR.test(char)) {
      // An apostrophe stays inside its word (people's, Party Centre's).
      if (char !== "'" && char !== "\u2019") inWord = false;
      continue;
    }
    const latin = !HAN.test(char);
    if (latin && !inWord) starts.push(out.length);
    inWord = latin;
    out += char;
  }
  const marks = new Uint8Array(out.length + 1);
  for (const at of starts) marks[at] = 1;
  return { text: out, starts: marks };
}

/**
 * Whether a compact text holds a compact term: a Chinese term anywhere (Chinese is not spaced into words), an English
 * one only from the start of a word, as Pagefind matches it (national is not found in international; interactor is
 * found in interactors).
 */
export function holds(haystack: CompactText, term: string): boolean {
  if (HAN.test(term)) return haystack.text.includes(term);
  for (let at = haystack.text.indexOf(term); at !== -1; at = haystack.text.indexOf(term, at + 1)) if (haystack.starts[at] === 1) return true;
  return false;
}

/** Whether a page's text contains what the query needs (see ParsedQuery.needs) and every phrase of it. */
export function matchesText(parsed: ParsedQuery, text: string): boolean {
  const haystack = compactText(text);
  return parsed.needs.every((alternatives) => alternatives.some((a) => holds(haystack, a))) && parsed.phrases.every((p) => holds(haystack, compact(p)));
}

/**
 * The terms of a query as typed: each Chinese part, and each run of English words (the words of "two bombs, one
 * satellite" make one term, as 两弹一星 does).
 */
export function typedTerms(parsed: ParsedQuery): string[] {
  const terms: string[] = [];
  let run = "";
  for (const chunk of parsed.chunks) {
    if (HAN.test(chunk)) {
      if (run !== "") terms.push(run);
      run = "";
      terms.push(compact(chunk));
    } else run += compact(chunk);
  }
  if (run !== "") terms.push(run);
  return terms;
}

/** Whether a page's text contains every term of the query as typed, unbroken (a closer match than scattered words). */
export function containsChunks(parsed: ParsedQuery, text: string): boolean {
  const haystack = compactText(text);
  return typedTerms(parsed).every((t) => holds(haystack, t));
}

/** Split a reader's query into space-separated words as Pagefind indexed them (Latin text passes through). */
export function segmentQuery(query: string): string {
  const words: string[] = [];
  for (const part of query.normalize("NFKC").trim().split(/\s+/)) {
    if (!HAN.test(part)) {
      if (part !== "") words.push(part);
      continue;
    }
    words.push(...segmentWords(part));
  }
  return words.join(" ");
}
