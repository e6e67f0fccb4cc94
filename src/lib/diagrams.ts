import { createHash } from "node:crypto";

/** Mermaid diagram types the site renders. */
export const DIAGRAM_TYPES = [
  "flowchart",
  "graph",
  "timeline",
  "mindmap",
  "block-beta",
  "quadrantChart",
  "sequenceDiagram",
  "stateDiagram-v2",
  "classDiagram",
] as const;

/** A diagram's parsed header: what a reader's text alternative is made of. */
export interface DiagramHeader {
  type: string;
  accTitle: string;
  accDescr: string;
}

/** A diagram source with line endings, trailing white space and surrounding blank lines normalized away: what is hashed, and what is rendered. */
export function normalizeDiagramSource(source: string): string {
  return source
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .trim();
}

/** Hash of a diagram source, insensitive to line-ending style and trailing white space. */
export function hashDiagramSource(source: string): string {
  return createHash("sha256").update(normalizeDiagramSource(source)).digest("hex").slice(0, 16);
}

/** The comment that heads a rendered SVG and records the hash of the source it was rendered from. */
export function svgStamp(hash: string): string {
  return `<!-- mermaid-source-sha256:${hash} -->`;
}

/** Read the source hash a rendered SVG was stamped with, or null. */
export function readSvgStamp(svg: string): string | null {
  return /^<!-- mermaid-source-sha256:([0-9a-f]{16}) -->/.exec(svg)?.[1] ?? null;
}

/** A rendered SVG headed by the stamp of the source hash it was rendered from, ending with one newline. */
export function stampSvg(svg: string, hash: string): string {
  return `${svgStamp(hash)}\n${svg.trim()}\n`;
}

/** Parse a Mermaid source's type, accTitle and accDescr; throws naming the field that is wrong. */
export function parseDiagramHeader(source: string, file: string): DiagramHeader {
  const lines = withoutFrontmatter(source.replace(/\r\n?/g, "\n")).split("\n");
  const meaningful = lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("%%"));
  const type = meaningful[0]?.split(/\s+/)[0] ?? "";
  if (!(DIAGRAM_TYPES as readonly string[]).includes(type)) {
    throw new Error(`${file}: field "type" (the first line) is "${type}", not one of the diagram types the site renders: ${DIAGRAM_TYPES.join(", ")}.`);
  }
  const text = lines.join("\n");
  const title = /^[ \t]*accTitle[ \t]*:[ \t]*(.+)$/m.exec(text)?.[1]?.trim();
  if (!title) throw new Error(`${file}: field "accTitle" is missing: every diagram needs an accessible title ("accTitle: …").`);
  const inline = /^[ \t]*accDescr[ \t]*:[ \t]*(.+)$/m.exec(text)?.[1]?.trim();
  const block = /^[ \t]*accDescr[ \t]*\{([\s\S]*?)\}/m.exec(text)?.[1]?.replace(/\s+/g, " ").trim();
  const descr = inline || block;
  if (!descr) throw new Error(`${file}: field "accDescr" is missing: every diagram needs a text alternative ("accDescr: …" or "accDescr { … }").`);
  assertBalanced(type, lines, file);
  return { type, accTitle: title, accDescr: descr };
}

/** A source without its accTitle and accDescr lines (inline or `accDescr { … }` block), for diagram types whose grammar has no place for them. */
export function withoutAccessibilityLines(source: string): string {
  return source.replace(/^[ \t]*accDescr[ \t]*\{[\s\S]*?\}[ \t]*\n?/m, "").replace(/^[ \t]*acc(?:Title|Descr)[ \t]*:.*\n?/gm, "");
}

/** A source with any leading YAML front matter (`---` … `---`, Mermaid's config block) blanked out, keeping line numbers. */
function withoutFrontmatter(source: string): string {
  const match = /^\s*---\n[\s\S]*?\n---[ \t]*(?:\n|$)/.exec(source);
  return match ? match[0].replace(/[^\n]/g, "") + source.slice(match[0].length) : source;
}

/** Diagram types whose node shapes are written with deliberately unpaired brackets (mindmap's `)cloud(`, `))bang((`). */
const UNPAIRED_SHAPES: readonly string[] = ["mindmap"];

/** Diagram types whose statements end in free text after `: ` (messages, events, notes), which may hold any character. */
const FREE_TEXT_AFTER_COLON: readonly string[] = ["timeline", "sequenceDiagram", "stateDiagram-v2", "classDiagram", "quadrantChart"];

/** Brackets and quotes must balance on every line: the commonest hand-written Mermaid mistake. */
function assertBalanced(type: string, lines: readonly string[], file: string): void {
  if (UNPAIRED_SHAPES.includes(type)) return;
  let openBlocks = 0;
  let inAccDescr = false;
  lines.forEach((raw, index) => {
    if (inAccDescr || /^\s*accDescr\s*\{/.test(raw)) {
      inAccDescr = !raw.includes("}");
      return;
    }
    if (/^\s*(%%|accTitle\s*:|accDescr\s*:)/.test(raw)) return;
    if (/^\s*\}\s*$/.test(raw) && openBlocks > 0) {
      openBlocks -= 1;
      return;
    }
    const line = FREE_TEXT_AFTER_COLON.includes(type) ? raw.replace(/:\s.*$/, "") : raw;
    const problem = bracketProblem(line, type === "flowchart" || type === "graph");
    if (problem === "opens-block") openBlocks += 1;
    else if (problem !== null) throw new Error(`${file}:${index + 1}: field "source" is malformed Mermaid: ${problem} in: ${raw.trim()}`);
  });
}

/** What is wrong with one line's brackets and quotes: null, "opens-block" (ends with an open `{`), or a description. */
function bracketProblem(line: string, flowchart: boolean): string | null {
  const pairs: Record<string, string> = { "]": "[", ")": "(", "}": "{" };
  const stack: string[] = [];
  let inQuote = false;
  let previous = " ";
  for (const ch of line) {
    if (ch === '"') inQuote = !inQuote;
    if (!inQuote) {
      // A flowchart's asymmetric shape `id>text]` opens with `>` straight after the node id.
      if (ch === "[" || ch === "(" || ch === "{" || (flowchart && ch === ">" && /[\p{L}\p{N}_]/u.test(previous))) stack.push(ch === ">" ? "[" : ch);
      const open = pairs[ch];
      if (open !== undefined && stack.pop() !== open) return `unbalanced "${ch}"`;
    }
    previous = ch;
  }
  if (inQuote) return "unclosed quote";
  if (stack.length === 0) return null;
  return stack.length === 1 && stack[0] === "{" && /\{\s*$/.test(line) ? "opens-block" : `unclosed "${stack.at(-1)}"`;
}

/** The attributes of an SVG's root `<svg …>` tag, in order. */
export function svgRootAttributes(svg: string): Map<string, string> {
  const tag = /<svg\b[^>]*>/.exec(svg)?.[0];
  if (tag === undefined) throw new Error("not an SVG: no <svg> element");
  return new Map([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m): [string, string] => [m[1] ?? "", m[2] ?? ""]));
}

/** An SVG whose root `<svg …>` tag is rewritten with the given attributes. */
export function withSvgRootAttributes(svg: string, attributes: ReadonlyMap<string, string>): string {
  const tag = [...attributes].map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join("");
  return svg.replace(/<svg\b[^>]*>/, `<svg${tag}>`);
}

/** Escape text for an XML attribute value or element content. */
export function escapeXml(text: string): string {
  return text
    .replace(/&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-f]+);)/gi, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Make a rendered SVG responsive: full width of its container, no wider than its natural size (in rem, so it grows with the reader's font size), height from the viewBox. */
export function responsiveSvg(svg: string): string {
  const attributes = svgRootAttributes(svg);
  const viewBox =
    attributes
      .get("viewBox")
      ?.trim()
      .split(/[\s,]+/)
      .map(Number) ?? [];
  const width = viewBox[2];
  if (viewBox.length !== 4 || width === undefined || !(width > 0)) throw new Error("SVG has no usable viewBox");
  attributes.delete("height");
  attributes.set("width", "100%");
  attributes.set("style", `max-width:min(100%,${+(width / 16).toFixed(2)}rem)`);
  return withSvgRootAttributes(svg, attributes);
}

/** Make sure an SVG names and describes itself (`<title>`, `<desc>`, role, aria-labelledby/-describedby) from the diagram's accTitle and accDescr. */
export function accessibleSvg(svg: string, header: DiagramHeader): string {
  const attributes = svgRootAttributes(svg);
  const id = attributes.get("id");
  if (id === undefined) throw new Error("SVG root has no id");
  if (svg.includes("<title") && svg.includes("<desc") && attributes.has("aria-labelledby")) return svg;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const body = svg.replace(/<title\b[^>]*>[\s\S]*?<\/title>|<desc\b[^>]*>[\s\S]*?<\/desc>/g, "");
  attributes.set("role", "img");
  attributes.set("aria-labelledby", titleId);
  attributes.set("aria-describedby", descId);
  const head = `<title id="${titleId}">${escapeXml(header.accTitle)}</title><desc id="${descId}">${escapeXml(header.accDescr)}</desc>`;
  return withSvgRootAttributes(body, attributes).replace(/<svg\b[^>]*>/, (tag) => tag + head);
}

/** Prefix every id in an SVG that does not already contain `svgId` (and every reference to it), so two inline SVGs on one page never share an id. */
export function scopeSvgIds(svg: string, svgId: string): string {
  const foreign = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "").filter((id) => id !== "" && !id.includes(svgId)));
  let scoped = svg;
  for (const id of foreign) {
    const name = id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    scoped = scoped.replace(new RegExp(`(\\sid="|url\\(#|href="#)${name}(?=["')])`, "g"), `$1${svgId}-${id}`).replace(
      /(\saria-(?:labelledby|describedby)=")([^"]*)"/g,
      (_, head: string, ids: string) =>
        `${head}${ids
          .split(/\s+/)
          .map((t) => (t === id ? `${svgId}-${id}` : t))
          .join(" ")}"`,
    );
  }
  return scoped;
}

/** Labels are drawn at this size in a diagram's own units (tools/diagrams/palette.ts `fontSize`). */
export const DIAGRAM_LABEL_PX = 16;
/** The smallest a label may be shown, in CSS px. */
export const DIAGRAM_MIN_LABEL_PX = 12;
/** The text column of a 390 px phone (390 px less the page's 1rem margins). */
export const PHONE_COLUMN_PX = 358;

/** How a diagram meets a phone's column: its natural width, and whether it must scroll sideways to keep its labels legible. */
export interface DiagramFit {
  /** Natural width (the viewBox width, in CSS px at 1:1). */
  width: number;
  /** Whether shrinking it into a phone's column would draw its labels below DIAGRAM_MIN_LABEL_PX. */
  scrolls: boolean;
  /** The narrowest it may be shown, in rem: labels at DIAGRAM_MIN_LABEL_PX. */
  minWidthRem: number;
  /** Its natural width, in rem. */
  fullWidthRem: number;
}

/** Whether a rendered SVG fits a phone's column with labels of at least DIAGRAM_MIN_LABEL_PX, or must keep that size and scroll sideways. */
export function diagramFit(svg: string): DiagramFit {
  const width = Number(
    svgRootAttributes(svg)
      .get("viewBox")
      ?.trim()
      .split(/[\s,]+/)[2],
  );
  if (!(width > 0)) throw new Error("SVG has no usable viewBox");
  const minScale = DIAGRAM_MIN_LABEL_PX / DIAGRAM_LABEL_PX;
  const rem = (px: number) => Math.ceil((px / 16) * 100) / 100;
  return { width, scrolls: width * minScale > PHONE_COLUMN_PX, minWidthRem: rem(width * minScale), fullWidthRem: rem(width) };
}

/**
 * A scrolling diagram's SVG with its container rules added to its <style> (figure id `figureId`): its hint shows while
 * the column is narrower than the diagram at its smallest legible size, its full-size switch while the column is
 * narrower than its natural width.
 */
export function withFitRules(svg: string, figureId: string, fit: { minWidthRem: number; fullWidthRem: number }): string {
  const rules =
    `@container diagram (max-width: ${fit.minWidthRem}rem){#${figureId} .diagram__hint{display:block}}` +
    `@container diagram (max-width: ${fit.fullWidthRem}rem){#${figureId} .diagram__zoom{display:block}}`;
  return svg.includes("</style>") ? svg.replace("</style>", `${rules}</style>`) : svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${rules}</style>`);
}

const HEX_COLOR = /#[0-9a-fA-F]{3,8}\b/g;

/**
 * One SVG for both themes, from a diagram's light and dark renderings (ids scoped `lightId` and `darkId`), when they
 * differ only in the colours of their <style>: each colour that differs becomes light-dark(light, dark), after the
 * light colour alone for browsers without light-dark(). Undefined when the two differ in anything else.
 */
export function themedSvg(light: string, dark: string, lightId: string, darkId: string): string | undefined {
  const darkAsLight = dark.replaceAll(darkId, lightId);
  const lightStyle = /<style>([\s\S]*?)<\/style>/.exec(light)?.[1];
  const darkStyle = /<style>([\s\S]*?)<\/style>/.exec(darkAsLight)?.[1];
  if (lightStyle === undefined || darkStyle === undefined) return undefined;
  if (light.replace(lightStyle, "") !== darkAsLight.replace(darkStyle, "")) return undefined;
  const declaration = /([{;])([\w-]+):([^;{}]*)/g;
  const shape = (css: string) => css.replace(declaration, "$1$2:").replace(HEX_COLOR, "#");
  const withoutColours = (css: string) => css.replace(HEX_COLOR, "#");
  if (shape(lightStyle) !== shape(darkStyle) || withoutColours(lightStyle) !== withoutColours(darkStyle)) return undefined;
  const darkValues = [...darkStyle.matchAll(declaration)].map((m) => m[3] ?? "");
  let i = 0;
  const themed = lightStyle.replace(declaration, (whole, start: string, property: string, value: string) => {
    const darkColours = (darkValues[i++] ?? "").match(HEX_COLOR) ?? [];
    let j = 0;
    const both = value.replace(HEX_COLOR, (colour) => {
      const other = darkColours[j++] ?? colour;
      return other === colour ? colour : `light-dark(${colour},${other})`;
    });
    return both === value ? whole : `${start}${property}:${value};${property}:${both}`;
  });
  return light.replace(`<style>${lightStyle}</style>`, () => `<style>${themed}</style>`);
}

/**
 * The SVG with its style attributes (Mermaid puts a few on every label) turned into classes with rules in its own
 * <style>, marked !important to keep the precedence an attribute had. The page's policy then allows no style
 * attribute at all ('unsafe-hashes' and a hash each). Class names start with `prefix`, unique to the SVG.
 */
export function withoutStyleAttributes(svg: string, prefix: string): string {
  const classes = new Map<string, string>();
  const body = svg.replace(/<[a-zA-Z][^<>]*\sstyle="([^"]*)"[^<>]*>/g, (tag, style: string) => {
    const name = classes.get(style) ?? `${prefix}-s${classes.size}`;
    classes.set(style, name);
    const bare = tag.replace(/\sstyle="[^"]*"/, "");
    return / class="/.test(bare) ? bare.replace(/ class="([^"]*)"/, ` class="$1 ${name}"`) : bare.replace(/\s*(\/?)>$/, ` class="${name}"$1>`);
  });
  if (classes.size === 0) return svg;
  const important = (style: string) =>
    style
      .split(";")
      .filter((d) => d.trim() !== "")
      .map((d) => `${d.trim()}!important`)
      .join(";");
  const rules = [...classes].map(([style, name]) => `.${name}{${important(style)}}`).join("");
  return body.includes("</style>")
    ? body.replace("</style>", () => `${rules}</style>`)
    : body.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${rules}</style>`);
}

/**
 * The SVG without the rules of its <style> that match nothing in it: Mermaid writes one style for every drawing of a
 * kind (dotted edges, the "neo" look, keyframes no element runs, a `:root` inside the SVG). A rule stays when any of
 * its selectors names only classes and looks the drawing has; at-rules other than unused keyframes stay. Elements and
 * attributes that draw nothing go too (below).
 */
export function withoutUnusedRules(drawn: string): string {
  // Mermaid draws its invisible links (`~~~`, for layout only) as paths no one sees, gives each label an empty
  // background rectangle, and spells out the default font style and weight on every piece of text.
  const svg = drawn
    .replace(/<path\b[^>]*\sclass="[^"]*\bedge-thickness-invisible\b[^"]*"[^>]*\/>/g, "")
    .replace(/<rect class="background[^"]*"\/>/g, "")
    .replaceAll(' font-style="normal" font-weight="normal"', "");
  const style = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1];
  if (style === undefined) return svg;
  const markup = svg.replace(/<style>[\s\S]*?<\/style>/, "");
  const classes = new Set([...markup.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").split(/\s+/)));
  const looks = new Set([...markup.matchAll(/\sdata-look="([^"]*)"/g)].map((m) => m[1]));
  const matches = (selector: string) =>
    !selector.includes(":root") &&
    [...selector.matchAll(/\.([\w-]+)/g)].every((m) => classes.has(m[1] ?? "")) &&
    [...selector.matchAll(/\[data-look=["']?([\w-]+)/g)].every((m) => looks.has(m[1]));
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < style.length; i++) {
    if (style[i] === "{") depth++;
    else if (style[i] === "}" && --depth === 0) {
      rules.push(style.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (depth !== 0 || style.slice(start).trim() !== "") return svg;
  const kept = rules.filter((rule) => {
    const head = rule.slice(0, rule.indexOf("{")).trim();
    const keyframes = /^@keyframes\s+([\w-]+)/.exec(head)?.[1];
    if (keyframes !== undefined) return new RegExp(`animation[\\w-]*:[^;{}]*\\b${keyframes}\\b`).test(style + markup);
    return head.startsWith("@") || head.split(",").some(matches);
  });
  return svg.replace(`<style>${style}</style>`, () => `<style>${kept.join("")}</style>`);
}

/**
 * The SVG without the ids nothing refers to: Mermaid names every node, edge, label and cluster, and a page reads none
 * of them. An id stays when the SVG points at it (`url(#…)`, `href="#…"`, aria-labelledby / aria-describedby) or its
 * style names it (`#…`); the root's id always stays (the style is scoped by it, and pages and tests address the SVG by it).
 */
export function withoutUnusedIds(svg: string): string {
  const rootId = svgRootAttributes(svg).get("id");
  const used = new Set<string>([
    ...[...svg.matchAll(/url\(#([^)"'\s]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? ""),
    ...[...svg.matchAll(/\saria-(?:labelledby|describedby)="([^"]*)"/g)].flatMap((m) => (m[1] ?? "").split(/\s+/)),
    ...[...(/<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? "").matchAll(/#([\w-]+)/g)].map((m) => m[1] ?? ""),
  ]);
  if (rootId !== undefined) used.add(rootId);
  return svg.replace(/(<[a-zA-Z][\w-]*)\sid="([^"]*)"/g, (whole, open: string, id: string) => (used.has(id) ? whole : open));
}
