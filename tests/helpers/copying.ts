import { readFileSync } from "node:fs";

/** Normalise text the way the quotation checker does: no white space, NFKC, unified quotes. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u2460-\u2473]/g, "")
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[“”"]/g, '"');
}

/** Remove what counts as a quotation (Quote elements, blockquotes, quote fields, “…”) from content text. */
export function stripQuotations(text: string): string {
  return (
    text
      .replace(/<(\w*Quote)\b[^>]*>[\s\S]*?<\/\1>/g, "〔引〕")
      .replace(/^\s*>.*$/gm, "〔引〕")
      .replace(/^(\s*"?\w*[qQ]uote"?\s*:).*$/gm, "$1 〔引〕")
      // The English edition's rendering of a quotation field (content/en: `titleQuote.en:`) renders what the paper
      // prints; where the paper itself prints it in English (Paper B's English title), it is the paper's own words.
      .replace(/^(\s*[\w.-]*[qQ]uote\.en\s*:).*$/gm, "$1 〔引〕")
      // Titles are labels (a paper's own English title is printed verbatim by design).
      .replace(/^(\s*titleEn\s*:).*$/gm, "$1 〔题〕")
      .replace(/“[^“”]*”/g, "〔引〕")
  );
}

/** Runs of at least `min` characters of `text` (outside quotations) that also stand in `source`. */
export function copiedRuns(text: string, source: string, min: number): string[] {
  const hay = normalizeText(source);
  const body = normalizeText(stripQuotations(text));
  const runs: string[] = [];
  let i = 0;
  while (i + min <= body.length) {
    if (!hay.includes(body.slice(i, i + min))) {
      i++;
      continue;
    }
    let end = i + min;
    while (end < body.length && hay.includes(body.slice(i, end + 1))) end++;
    runs.push(body.slice(i, end));
    i = end;
  }
  return runs;
}

/** The two papers' texts, concatenated (they are never copied into the repository). */
export function readSources(dir: string): string {
  return ["paper-a.txt", "paper-b.txt"].map((f) => readFileSync(`${dir}/${f}`, "utf8")).join("\n");
}
