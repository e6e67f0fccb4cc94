import { basename } from "node:path";
import { firstMatch, sortTerms, type Term } from "../lib/terms.ts";

/** A minimal hast node: what this plugin reads and writes. */
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Elements whose text is never turned into a concept link. */
const SKIP_TAGS = new Set(["a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "q", "blockquote", "svg"]);

export interface ConceptLinkOptions {
  /** Concept names to link. */
  terms: readonly Term[];
  /** The href of a concept page. */
  href: (id: string) => string;
}

/**
 * Link the first mention of each concept in an MDX body to its concept page (once per entry, never
 * inside links, headings, quotations or components, and never a concept's own page to itself). English names match
 * in any case and as whole words only (src/lib/terms.ts `indexOfTerm`).
 */
export function rehypeConceptLinks(options: ConceptLinkOptions) {
  const terms = sortTerms(options.terms);
  return (tree: Node, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.at(-1) ?? "";
    const linked = new Set<string>();
    // A concept's own page (either edition's file) never links to itself.
    if (/\/content\/(?:en\/)?concepts\//.test(path)) linked.add(basename(path).replace(/\.mdx?$/, ""));
    walk(tree, terms, linked, options.href);
  };
}

function walk(node: Node, terms: readonly Term[], linked: Set<string>, href: (id: string) => string): void {
  if (node.children === undefined) return;
  const next: Node[] = [];
  for (const child of node.children) {
    if (child.type === "text" && child.value !== undefined) {
      next.push(...linkText(child.value, terms, linked, href));
      continue;
    }
    const skip = child.type.startsWith("mdx") || (child.type === "element" && SKIP_TAGS.has(child.tagName ?? ""));
    if (!skip) walk(child, terms, linked, href);
    next.push(child);
  }
  node.children = next;
}

function linkText(text: string, terms: readonly Term[], linked: Set<string>, href: (id: string) => string): Node[] {
  const out: Node[] = [];
  let rest = text;
  for (let match = firstMatch(rest, terms, linked); match !== null; match = firstMatch(rest, terms, linked)) {
    const { index, term } = match;
    if (index > 0) out.push({ type: "text", value: rest.slice(0, index) });
    out.push({
      type: "element",
      tagName: "a",
      properties: { href: href(term.id), className: ["concept-link"], dataConcept: term.id },
      // The words as the text has them (an English name may differ in case from the term).
      children: [{ type: "text", value: rest.slice(index, index + term.term.length) }],
    });
    linked.add(term.id);
    rest = rest.slice(index + term.term.length);
  }
  if (rest !== "") out.push({ type: "text", value: rest });
  return out;
}
