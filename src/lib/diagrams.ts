import { createHash } from "node:crypto";

/** Mermaid diagram types the site renders. */
export const DIAGRAM_TYPES = ["flowchart", "graph", "timeline", "mindmap", "block-beta", "quadrantChart", "sequenceDiagram", "stateDiagram-v2", "classDiagram"] as const;

/** A diagram's parsed header: what a reader's text alternative is made of. */
export interface DiagramHeader {
  type: string;
  accTitle: string;
  accDescr: string;
}

/** Hash of a diagram source, insensitive to line-ending style and trailing white space. */
export function hashDiagramSource(source: string): string {
  const normalized = source.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim();
  return createHash("sha256").update(normalized).digest("hex").slice(0, 16);
}

/** The comment that heads a rendered SVG and records the hash of the source it was rendered from. */
export function svgStamp(hash: string): string {
  return `<!-- mermaid-source-sha256:${hash} -->`;
}

/** Read the source hash a rendered SVG was stamped with, or null. */
export function readSvgStamp(svg: string): string | null {
  return /^<!-- mermaid-source-sha256:([0-9a-f]{16}) -->/.exec(svg)?.[1] ?? null;
}

/** Parse a Mermaid source's type, accTitle and accDescr; throws naming the field that is wrong. */
export function parseDiagramHeader(source: string, file: string): DiagramHeader {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const meaningful = lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("%%"));
  const type = meaningful[0]?.split(/\s+/)[0] ?? "";
  if (!(DIAGRAM_TYPES as readonly string[]).includes(type)) {
    throw new Error(`${file}: field "type" (the first line) is "${type}", not one of the diagram types the site renders: ${DIAGRAM_TYPES.join(", ")}.`);
  }
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  if (!title) throw new Error(`${file}: field "accTitle" is missing: every diagram needs an accessible title ("accTitle: …").`);
  const inline = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const block = /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(source)?.[1]?.replace(/\s+/g, " ").trim();
  const descr = inline ?? block;
  if (!descr) throw new Error(`${file}: field "accDescr" is missing: every diagram needs a text alternative ("accDescr: …" or "accDescr { … }").`);
  assertBalanced(source, file);
  return { type, accTitle: title, accDescr: descr };
}

/** Brackets and quotes must balance on every line: the commonest hand-written Mermaid mistake. */
function assertBalanced(source: string, file: string): void {
  const pairs: Record<string, string> = { "]": "[", ")": "(", "}": "{" };
  source.split("\n").forEach((line, index) => {
    if (/^\s*(%%|accDescr\s*\{)/.test(line)) return;
    const stack: string[] = [];
    let inQuote = false;
    for (const ch of line) {
      if (ch === '"') inQuote = !inQuote;
      if (inQuote) continue;
      if (ch === "[" || ch === "(" || ch === "{") stack.push(ch);
      const open = pairs[ch];
      if (open !== undefined && stack.pop() !== open) {
        throw new Error(`${file}:${index + 1}: field "source" is malformed Mermaid: unbalanced "${ch}" in: ${line.trim()}`);
      }
    }
    if (inQuote || (stack.length > 0 && !/\{\s*$/.test(line))) {
      throw new Error(`${file}:${index + 1}: field "source" is malformed Mermaid: unclosed ${inQuote ? "quote" : `"${stack.at(-1)}"`} in: ${line.trim()}`);
    }
  });
}
