/**
 * Query processing shared by the search UI and the Node search tests. Pagefind indexes Chinese
 * pages segmented into words; an unspaced query such as 举国体制 must be segmented the same way
 * or it matches nothing, so it is split into words with Intl.Segmenter before searching.
 */
const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

const HAN = /\p{Script=Han}/u;

/** Split a reader's query into space-separated words as Pagefind indexed them (Latin text passes through). */
export function segmentQuery(query: string): string {
  const words: string[] = [];
  for (const part of query.normalize("NFKC").trim().split(/\s+/)) {
    if (!HAN.test(part)) {
      if (part !== "") words.push(part);
      continue;
    }
    for (const { segment, isWordLike } of segmenter.segment(part)) {
      if (isWordLike) words.push(segment);
    }
  }
  return words.join(" ");
}
