/**
 * A quotation inside a quotation, as Chinese (and English) typesetting prints it. `<q>` adds the outer double
 * marks, so the quotation's own double marks become single ones and its single marks double (GB/T 15834-2011
 * 4.2.3): "‘十一五’之前是计划" inside “…”. A quotation that is wholly one quoted phrase of the paper
 * (“指挥棒”) keeps one pair of marks, the one `<q>` adds. Without this a reader sees "““全国一盘棋”(管理)思想”"
 * and "““指挥棒””". The quoted text in content/ stays verbatim; only its rendering changes.
 */
export function nestQuotes(text: string): string {
  return nestQuotesInHtml(text);
}

const SWAP: Record<string, string> = { "“": "‘", "”": "’", "‘": "“", "’": "”" };

/** Whether the quotation's first “ is closed only by its last ”, so that the pair wraps it whole. */
function wrappedWhole(text: string): boolean {
  if (!text.startsWith("“") || !text.endsWith("”") || text.length < 2) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "“") depth++;
    else if (text[i] === "”" && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/** `nestQuotes` over the text of an HTML fragment, leaving its tags (and their attributes) alone. */
export function nestQuotesInHtml(html: string): string {
  const parts = html.split(/(<[^>]*>)/);
  const textAt = parts.map((p, i) => (p.startsWith("<") || p.trim() === "" ? -1 : i)).filter((i) => i >= 0);
  if (
    wrappedWhole(
      textAt
        .map((i) => parts[i])
        .join("")
        .trim(),
    )
  ) {
    // Drop the outer pair: the first “ of the first text run and the last ” of the last one.
    const first = textAt[0] ?? 0;
    const last = textAt.at(-1) ?? 0;
    parts[first] = (parts[first] ?? "").replace("“", "");
    const tail = parts[last] ?? "";
    const at = tail.lastIndexOf("”");
    parts[last] = tail.slice(0, at) + tail.slice(at + 1);
  }
  return parts.map((p) => (p.startsWith("<") ? p : p.replace(/[“”‘’]/g, (m) => SWAP[m] ?? m))).join("");
}
