/**
 * Link previews: the card a reader sees on hovering or focusing a link to a unit, and where its data lives. The build
 * writes one small JSON file per unit and edition (src/pages/preview/); the browser (src/client/preview.ts) derives
 * the file from the link's own address, so nothing but the link is needed to find it.
 */

/** One unit's card, as stored (short keys: each card is at most CARD_MAX_BYTES). */
export interface PreviewCard {
  /** The title in this edition's language. */
  t: string;
  /** The title in the other edition's language, where the unit has one. */
  o?: string;
  /** The kind of unit, as this edition names it. */
  k: string;
  /** The paper or papers it belongs to ("论文A", "论文A · 论文B"). */
  p?: string;
  /** Its first one or two sentences, in the site's words. */
  s: string;
  /** Its address (href under the base path). */
  u: string;
}

/** The card index file: every address that has a card, and the card's own strings in this edition. */
export interface PreviewIndex {
  links: string[];
  ui: { turnOff: string; turnedOff: string; separator: string };
}

/** The largest card file, in bytes of UTF-8. */
export const CARD_MAX_BYTES = 1024;

/** Folder of the card files under an edition's base, and the file listing every address that has a card. */
export const PREVIEW_DIR = "preview/";
export const PREVIEW_INDEX = "preview/index.json";

/**
 * The card file of a site-relative address ("concepts/juguo-tizhi/" → "preview/concepts/juguo-tizhi/index.json",
 * "table-1/#dim-goal" → "preview/table-1/dim-goal.json"). Anchors are ids (lowercase ASCII), so "index" is never one.
 */
export function cardFile(address: string): string {
  const [path = "", anchor] = address.split("#");
  return `${PREVIEW_DIR}${path}${anchor === undefined || anchor === "" ? "index" : anchor}.json`;
}

/** Split a text into sentences: after 。！？!? and after a "." before a space or the end, with closing marks kept. */
function sentences(text: string): string[] {
  const out: string[] = [];
  const chars = [...text];
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? "";
    const ends = /[。！？!?]/.test(c) || (c === "." && (i + 1 === chars.length || /\s/.test(chars[i + 1] ?? "")));
    if (!ends) continue;
    while (/[。！？!?”’」』）)]/.test(chars[i + 1] ?? "")) i++;
    out.push(
      chars
        .slice(start, i + 1)
        .join("")
        .trim(),
    );
    start = i + 1;
  }
  const rest = chars.slice(start).join("").trim();
  return rest === "" ? out : [...out, rest];
}

/** The first one or two sentences of a text, at most `max` characters (a longer first sentence is cut with "…"). */
export function firstSentences(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const [first = "", second] = sentences(clean);
  if ([...first].length > max) return `${[...first].slice(0, max - 1).join("")}…`;
  const two = second === undefined ? first : `${first}${/[\u3000-\u303f\uff00-\uffef”’」』）]$/.test(first) ? "" : " "}${second}`;
  return [...two].length <= max ? two : first;
}

/**
 * The reading text of an MDX body: headings, tables, site notes, imports and components without text dropped;
 * `<Quote>` kept in quotation marks (with its translation in the English edition), `<Ref>` as its label or the
 * title `refTitle` gives; Markdown emphasis, links and list marks removed.
 */
export function mdxText(body: string, refTitle: (id: string) => string, english: boolean): string {
  return body
    .replace(/^(?:import|export)\s.*$/gm, "")
    .replace(/<SiteNote\b[\s\S]*?<\/SiteNote>/g, "")
    .replace(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g, (_all, attrs: string, text: string) => {
      const en = /\ben="([^"]*)"/.exec(attrs)?.[1];
      return english && en !== undefined ? `“${text}” (${en})` : `“${text}”`;
    })
    .replace(/<Ref\s+to="([^"]+)"\s*\/>/g, (_all, id: string) => refTitle(id))
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, "")
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "" && !/^(?:#|\||```|<!--)/.test(block))
    .map((block) =>
      block
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, "")
        .replace(/^>\s?/gm, "")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__|\*|_)(\S[\s\S]*?)\1/g, "$2")
        .replace(/\\([\\`*_{}[\]()#+\-.!])/g, "$1")
        .replace(/\s*\n\s*/g, english ? " " : ""),
    )
    .join(english ? " " : "");
}

/** The card as stored, its summary shortened (with "…") until the file is at most CARD_MAX_BYTES. */
export function cardJson(card: PreviewCard): string {
  const summary = [...card.s];
  for (let keep = summary.length; keep >= 0; keep -= 4) {
    const json = JSON.stringify({ ...card, s: keep === summary.length ? card.s : `${summary.slice(0, keep).join("").trimEnd()}…` });
    if (new TextEncoder().encode(json).length <= CARD_MAX_BYTES) return json;
  }
  throw new Error(`the preview card of ${card.u} is over ${CARD_MAX_BYTES} bytes even without its summary`);
}
