/**
 * The synthetic content set for the scaling build: every copyable entry of `content/` repeated
 * `factor` times. Copies get the ids `<id>-x2` … `<id>-x<factor>` and keep their references to
 * the original ids, which stay valid, so the copy builds like the real site, only larger.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative } from "node:path";
import { parse as parseYaml, parseDocument, stringify as stringifyYaml } from "yaml";

/**
 * Folders whose MDX entries are not copied: the site's own pages and the two papers are fixed
 * sets, and the schema requires exactly Paper A's three stages (表1 has one column per stage).
 */
const FIXED_MDX: readonly string[] = ["pages", "papers", "stages"];

/** Folders holding YAML lists of entries, each item with an `id`, that are copied item by item. */
const LIST_FOLDERS: readonly string[] = ["events", "bibliography", "matrix"];

/** What the scaling added, for the report. */
export interface ScaleSummary {
  factor: number;
  mdxCopied: number;
  listItemsCopied: number;
  /** Folders left as they are, and why. */
  unchanged: string[];
}

/** The id of the `k`-th copy of an entry (k ≥ 2). */
export function copyId(id: string, k: number): string {
  return `${id}-x${k}`;
}

/** An MDX entry's `k`-th copy; a concept's names get the suffix too, so auto-linked terms stay unique. */
export function copyMdx(text: string, isConcept: boolean, k: number): string {
  if (!isConcept) return text;
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (match === null) return text;
  const front = parseDocument(match[1] ?? "");
  const data = front.toJS() as { titleZh?: unknown; aliasesZh?: unknown } | null;
  if (typeof data?.titleZh === "string") front.set("titleZh", `${data.titleZh} x${k}`);
  if (Array.isArray(data?.aliasesZh))
    front.set(
      "aliasesZh",
      data.aliasesZh.map((a: unknown) => `${String(a)} x${k}`),
    );
  return `---\n${front.toString().trimEnd()}\n---\n${text.slice(match[0].length)}`;
}

/** A YAML list followed by `factor − 1` copies of each item, with suffixed ids. */
export function copyList(items: readonly Record<string, unknown>[], factor: number): Record<string, unknown>[] {
  const copies = items.flatMap((item) => range(2, factor).map((k) => ({ ...item, id: copyId(String(item["id"]), k) })));
  return [...items, ...copies];
}

/** Multiply the entries of the `content/` folder at `contentDir` in place by `factor`. */
export function scaleContent(contentDir: string, factor: number): ScaleSummary {
  let mdxCopied = 0;
  let listItemsCopied = 0;
  for (const file of walk(contentDir)) {
    const folder = relative(contentDir, file).split(/[/\\]/)[0] ?? "";
    if (extname(file) === ".mdx" && !FIXED_MDX.includes(folder)) mdxCopied += writeMdxCopies(file, folder === "concepts", factor);
    if (/\.ya?ml$/.test(file) && LIST_FOLDERS.includes(folder)) listItemsCopied += writeListCopies(file, factor);
  }
  const unchanged = [...FIXED_MDX.map((f) => `${f} (fixed set)`), "table-1 (one row per printed dimension)", "diagrams (sources and rendered SVGs)"];
  return { factor, mdxCopied, listItemsCopied, unchanged };
}

function writeMdxCopies(file: string, isConcept: boolean, factor: number): number {
  const text = readFileSync(file, "utf8");
  const id = basename(file, ".mdx");
  for (const k of range(2, factor)) writeFileSync(join(dirname(file), `${copyId(id, k)}.mdx`), copyMdx(text, isConcept, k));
  return factor - 1;
}

function writeListCopies(file: string, factor: number): number {
  const items: unknown = parseYaml(readFileSync(file, "utf8"));
  if (!Array.isArray(items)) throw new Error(`${file}: expected a YAML list of entries`);
  const scaled = copyList(items as Record<string, unknown>[], factor);
  writeFileSync(file, stringifyYaml(scaled, { aliasDuplicateObjects: false, lineWidth: 0 }));
  return scaled.length - items.length;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The integers from..to, inclusive. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
