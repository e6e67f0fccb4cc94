/**
 * Query processing shared by the search UI and the Node search tests. Pagefind indexes Chinese
 * pages segmented into words, and in the browser it splits a zh-CN query with Intl.Segmenter before
 * matching; the query is segmented here the same way, so the UI, the tests and Pagefind agree.
 */
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
  /** Normalised text (NFKC, lower case, single spaces), without quotation marks. */
  text: string;
  /** Words as Pagefind indexed them, in order (what Pagefind is asked for). */
  words: string[];
  /**
   * What a result must contain: for each need, one of its strings (compact). A word of two or more characters stands
   * for itself; a run of single Chinese characters (举|国) is one string (举国); a lone single character (者 in
   * 互动|者) counts only next to a word beside it as typed (互动者), so that no page matches on a stray 者.
   */
  needs: string[][];
  /** The space-separated parts of the query as typed (an unspaced Chinese term is one part). */
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
  const normal = normalizeQuery(raw);
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
    if (units.length === 1 || !SINGLE_HAN.test(unit)) return [compact(unit)];
    return [units[i - 1], units[i + 1]].filter((n): n is string => n !== undefined).map((n, k) => compact(k === 0 && i > 0 ? n + unit : unit + n));
  });
}

/** The query string handed to Pagefind: the words, space-separated. */
export function toPagefindQuery(parsed: ParsedQuery): string {
  return parsed.words.join(" ");
}

/** Whether a page's text contains what the query needs (see ParsedQuery.needs) and every phrase of it. */
export function matchesText(parsed: ParsedQuery, text: string): boolean {
  const haystack = compact(text);
  return parsed.needs.every((alternatives) => alternatives.some((a) => haystack.includes(a))) && parsed.phrases.every((p) => haystack.includes(compact(p)));
}

/** Whether a page's text contains every part of the query as typed, unbroken (a closer match than scattered words). */
export function containsChunks(parsed: ParsedQuery, text: string): boolean {
  const haystack = compact(text);
  return parsed.chunks.every((c) => haystack.includes(compact(c)));
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
