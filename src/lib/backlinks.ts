import { firstMatch, mentionedConcepts, sortTerms, type Term } from "./terms.ts";

/** A unit that may mention other units: its id, the text to scan, and the units it lists explicitly (a concept's `concepts`). */
export interface MentionSource {
  id: string;
  text: string;
  listed: readonly string[];
}

/**
 * For each target unit (a concept, a model element…), the ids of the units that mention it, self excluded: by an
 * explicit <Ref> link, by listing it, or — for a target with names in `terms` (concepts) — by one of its names.
 */
export function computeBacklinks(sources: readonly MentionSource[], targets: ReadonlySet<string>, terms: readonly Term[] = []): Map<string, string[]> {
  const backlinks = new Map<string, string[]>();
  for (const source of sources) {
    const named = mentionedConcepts(source.text, terms);
    const linked = [...source.text.matchAll(/<Ref to="([a-z0-9-]+)"/g)].map((m) => m[1] ?? "");
    for (const id of new Set([...named, ...linked, ...source.listed])) {
      if (id === source.id || !targets.has(id)) continue;
      const list = backlinks.get(id) ?? [];
      list.push(source.id);
      backlinks.set(id, list);
    }
  }
  return backlinks;
}

/** A run of an MDX body as a reader sees it: its plain text, the heading it falls under, and the <Ref> links in it. */
export interface BodyBlock {
  text: string;
  /** Index of the heading (##…######) the block falls under, in body order; -1 before the first heading. */
  heading: number;
  refs: { to: string; start: number; end: number }[];
}

/**
 * An MDX body as plain text blocks (paragraphs, list items, table rows), the way the page reads: a <Ref>'s text kept
 * (and where it is), a <Quote> in quotation marks, citations, other tags, Markdown marks and expressions dropped.
 */
export function bodyBlocks(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let heading = -1;
  let fence = false;
  for (const para of body.replace(/\r/g, "").split(/\n\s*\n/)) {
    for (const raw of para.split(/\n(?=\s*(?:[-*+]\s|\d+\.\s|\|))/)) {
      const line = raw.trim();
      if (line.startsWith("```")) fence = !fence;
      if (fence || line === "" || /^(import|export)\s/.test(line)) continue;
      if (/^#{2,6}\s/.test(line)) {
        heading++;
        continue;
      }
      const block = plainText(line);
      if (block.text.trim() !== "") blocks.push({ ...block, heading });
    }
  }
  return blocks;
}

function plainText(source: string): Omit<BodyBlock, "heading"> {
  const refs: BodyBlock["refs"] = [];
  let text = "";
  const pattern =
    /<Ref\s+to="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/Ref>|<Quote[^>]*>([\s\S]*?)<\/Quote>|<[^>]*>|\{[^}]*\}|\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|\[([^\]]*)\]\([^)]*\)|^\s*(?:[-*+]|\d+\.)\s+|\|/g;
  let last = 0;
  for (const m of source.matchAll(pattern)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const inner = plainText(m[2] ?? "").text;
      refs.push({ to: m[1], start: text.length, end: text.length + inner.length });
      text += inner;
    } else if (m[3] !== undefined) {
      // <Quote> prints quotation marks, unless the text already has them around it or inside it.
      const inner = plainText(m[3]).text;
      text += /[“‘「"']$/.test(text) || /^[“‘「]/.test(inner) ? inner : `“${inner}”`;
    } else if (m[4] !== undefined) text += m[4];
    else if (m[0] === "|") text += " ";
  }
  text += source.slice(last);
  // White space collapsed and trimmed, each link's place moved with it (a table row's cells start with spaces).
  let out = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    at.push(out.length);
    const c = text[i] ?? "";
    if (!/\s/.test(c)) out += c;
    else if (out !== "" && !out.endsWith(" ")) out += " ";
  }
  at.push(out.length);
  out = out.trimEnd();
  const moved = (i: number) => Math.min(at[i] ?? out.length, out.length);
  return { text: out, refs: refs.map((r) => ({ to: r.to, start: moved(r.start), end: moved(r.end) })) };
}

/**
 * Where a unit is first mentioned in a block: a <Ref> to it, or (a concept) the first of its names in `terms` not
 * inside a longer name. A unit without names there (a model element) is found by its links only.
 */
export function findMention(block: Pick<BodyBlock, "text" | "refs">, target: string, terms: readonly Term[]): { start: number; end: number } | null {
  const ref = block.refs.find((r) => r.to === target);
  const others = new Set(terms.filter((t) => t.id !== target).map((t) => t.id));
  const named = terms.some((t) => t.id === target) ? firstMatch(block.text, sortTerms(terms), others) : null;
  const byName = named === null ? null : { start: named.index, end: named.index + named.term.term.length };
  if (ref === undefined) return byName;
  return byName !== null && byName.start < ref.start ? byName : { start: ref.start, end: ref.end };
}

/** The words around a mention: the sentence it is in, cut to at most `window` characters either side (… where cut). */
export interface MentionContext {
  before: string;
  term: string;
  after: string;
}

const SENTENCE_END = /[。！？；!?;]|\.\s/g;

/** The sentence around text[start, end), at most `window` characters either side of the term. */
export function contextAround(text: string, start: number, end: number, window: number): MentionContext {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + 1;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      to = stop;
      break;
    }
  }
  let cutFrom = Math.max(from, start - window);
  let cutTo = Math.min(to, end + window);
  // Never cut a Latin word in two: move a cut to the nearest space inside the window.
  if (cutFrom > from && /\w/.test(text[cutFrom - 1] ?? "") && /\w/.test(text[cutFrom] ?? "")) {
    const space = text.indexOf(" ", cutFrom);
    if (space >= 0 && space < start) cutFrom = space + 1;
  }
  if (cutTo < to && /\w/.test(text[cutTo - 1] ?? "") && /\w/.test(text[cutTo] ?? "")) {
    const space = text.lastIndexOf(" ", cutTo);
    if (space >= end) cutTo = space;
  }
  const before = text.slice(cutFrom, start).trimStart();
  // A cut window never ends on an opening bracket or quotation mark ("（四(三)至四（…"): drop it with the rest.
  const after = (cutTo < to ? text.slice(end, cutTo).replace(/[\s（(〔［[【“‘「《〈]+$/u, "") : text.slice(end, cutTo)).trimEnd();
  return {
    before: `${cutFrom > from ? "…" : ""}${before}`,
    term: text.slice(start, end),
    after: `${after}${cutTo < to ? "…" : ""}`,
  };
}

/** One mention as the "mentioned in" list shows it: the unit, the exact place, and the sentence around it. */
export interface MentionItem {
  label: string;
  href: string;
  kindLabel: string;
  context?: MentionContext | undefined;
}

/** The mentions of one paper (or of the site's own comparative pages), the first few shown, the rest folded. */
export interface MentionGroup {
  label: string;
  shown: MentionItem[];
  folded: MentionItem[];
}

/**
 * Mentions grouped by paper in the order given (Paper A, Paper B, then pages of neither paper), each group's first
 * `shown` items open and the rest folded, so that a unit mentioned a hundred times keeps a short page.
 */
export function groupMentions(
  items: readonly (MentionItem & { group: string })[],
  groups: readonly { key: string; label: string }[],
  shown: number,
): MentionGroup[] {
  return groups.flatMap(({ key, label }) => {
    const list = items.filter((i) => i.group === key).map(({ group: _group, ...item }) => item);
    return list.length === 0 ? [] : [{ label, shown: list.slice(0, shown), folded: list.slice(shown) }];
  });
}
