import { NodeType, type HTMLElement, type Node } from "node-html-parser";

/**
 * Small glitches a reader sees at once and a template or a content field produces silently: a word printed
 * twice ("摘要摘要", "AbstractAbstract", "the the"), doubled punctuation ("““全国一盘棋”", "。。", "（（").
 * Text is read run by run: inline elements join (that is where a label and a title run together), block
 * elements break it.
 */

const BLOCK = new Set(
  "address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);
const SKIP = new Set(["script", "style", "template", "noscript"]);

/**
 * The visible text of an element as lines: one per run of inline content. A <q> shows the marks the browser
 * adds to it (CSS `quotes: "“" "”" "‘" "’"`, alternating with depth), since that is where "““" comes from.
 */
export function visibleLines(root: HTMLElement): string[] {
  const out: string[] = [];
  let line = "";
  let qDepth = 0;
  const flush = () => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t !== "") out.push(t);
    line = "";
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      line += node.textContent;
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? "";
    if (SKIP.has(tag) || el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return;
    // An SVG's text elements are separate labels, each its own run.
    const block = BLOCK.has(tag) || tag === "text" || tag === "tspan" || tag === "title" || tag === "desc";
    if (block) flush();
    const q = tag === "q" ? (qDepth++ % 2 === 0 ? ["“", "”"] : ["‘", "’"]) : undefined;
    if (q) line += q[0];
    for (const child of el.childNodes) walk(child);
    if (q) {
      line += q[1];
      qDepth--;
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return out;
}

/**
 * Genuine source text that repeats itself: each entry is a substring of a line that the check would flag,
 * with where the paper prints it. Add only what the papers print verbatim (check ../shared/sources/).
 */
const ALLOWED: { text: string; why: string }[] = [];

const CJK = "\\u3400-\\u9fff";
const RULES: { name: string; re: RegExp }[] = [
  // 摘要摘要: a word of two or more CJK characters immediately repeated.
  { name: "doubled CJK word", re: new RegExp(`([${CJK}]{2,})\\1`, "u") },
  // AbstractAbstract (glued) or "the the" (spaced); glued only for a capitalised word, so that words such as
  // "murmur" pass.
  { name: "doubled Latin word", re: /\b([A-Z][a-z]+)\1\b|\b([A-Za-z]{2,})\s+\2\b/u },
  // ““ ”” 。。 ，， 、、 ；； ：： ！！ ？？ 《《 》》 and the ASCII , ; : doubled.
  { name: "doubled punctuation", re: /([“”‘’。，、；：！？《》〈〉「」【】,;:])\1/u },
  // Two different marks that cannot follow each other: "，。", "。，", "：。", "、。" …
  { name: "colliding punctuation", re: /[，、；：][。，、；：]|。[，、；：。]/u },
];

/** A doubled bracket that does not close (or open) two different pairs: "（（一）" or "（一））". */
function strayBracket(line: string): string | undefined {
  const pairs: Record<string, string> = { "）": "（", ")": "(", "】": "【", "］": "［" };
  const opens = new Set(Object.values(pairs));
  const stack: { ch: string; at: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? "";
    if (opens.has(ch)) stack.push({ ch, at: i });
    else if (ch in pairs) {
      const top = stack.pop();
      if (top === undefined || top.ch !== pairs[ch]) return line.slice(Math.max(0, i - 12), i + 12);
    }
  }
  const left = stack[0];
  return left === undefined ? undefined : line.slice(Math.max(0, left.at - 12), left.at + 12);
}

interface Hit {
  rule: string;
  match: string;
  context: string;
}

export function glitchesIn(lines: string[]): Hit[] {
  const hits: Hit[] = [];
  for (const line of lines) {
    if (ALLOWED.some((a) => line.includes(a.text))) continue;
    for (const { name, re } of RULES) {
      const m = re.exec(line);
      if (m) hits.push({ rule: name, match: m[0], context: line.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15) });
    }
    if (/（（|））|\(\(|\)\)/.test(line)) {
      const stray = strayBracket(line);
      if (stray !== undefined) hits.push({ rule: "doubled bracket", match: stray, context: stray });
    }
  }
  return hits;
}

/** Entries that a list (ul/ol) under `root` prints twice, by their visible text. */
export function repeatedListEntries(root: HTMLElement): string[] {
  const repeats: string[] = [];
  for (const list of root.querySelectorAll("ul, ol")) {
    const items = list.childNodes
      .filter((n): n is HTMLElement => n.nodeType === NodeType.ELEMENT_NODE && (n as HTMLElement).tagName === "LI")
      .map((li) => visibleLines(li).join(" "));
    repeats.push(...items.filter((t, i) => t !== "" && items.indexOf(t) !== i));
  }
  return repeats;
}
