/**
 * The Chinese sources of the English edition and their English counterparts under content/en/:
 * one MDX file per MDX entry (same relative path), one YAML map per YAML list (keyed by entry id),
 * one `.mmd` per diagram source.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { entryHash, translatablePaths, translationHash } from "../../src/lib/i18n/translation.ts";

export const MDX_FOLDERS = ["papers", "sections", "stages", "elements", "concepts", "comparisons", "pages"] as const;
export const YAML_FOLDERS = ["table-1", "matrix", "events", "bibliography", "crosswalk", "terms"] as const;

export interface ZhUnit {
  /** content/<folder>/… of the Chinese file. */
  file: string;
  /** content/en/<folder>/… of its English counterpart. */
  enFile: string;
  kind: "mdx" | "yaml-entry" | "diagram";
  /** The entry id (YAML entries) or file id. */
  id: string;
  hash: string;
  /** Chinese strings that need an English rendering. */
  paths: { path: string; zh: string }[];
  /** The MDX body (mdx only). */
  body: string;
}

const walk = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : []))
        .sort()
    : [];

/** Split an MDX file into its parsed front matter and its body. */
export function splitMdx(text: string, where: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (m === null) throw new Error(`${where}: no front matter (--- … ---) at the top`);
  return { data: (parseYaml(m[1] ?? "") ?? {}) as Record<string, unknown>, body: m[2] ?? "" };
}

export function zhUnits(root: string): ZhUnit[] {
  const units: ZhUnit[] = [];
  const content = join(root, "content");
  for (const folder of MDX_FOLDERS) {
    for (const path of walk(join(content, folder), ".mdx")) {
      const file = relative(root, path);
      const text = readFileSync(path, "utf8");
      const { data, body } = splitMdx(text, file);
      const id = path.replace(/^.*\//, "").replace(/\.mdx$/, "");
      units.push({
        file,
        enFile: file.replace(/^content\//, "content/en/"),
        kind: "mdx",
        id,
        hash: translationHash(text),
        paths: translatablePaths(data),
        body,
      });
    }
  }
  for (const folder of YAML_FOLDERS) {
    for (const path of walk(join(content, folder), ".yaml")) {
      const file = relative(root, path);
      const items = parseYaml(readFileSync(path, "utf8")) as Record<string, unknown>[];
      for (const item of items) {
        const { id, ...data } = item;
        units.push({
          file,
          enFile: file.replace(/^content\//, "content/en/"),
          kind: "yaml-entry",
          id: String(id),
          hash: entryHash(item),
          paths: translatablePaths(data),
          body: "",
        });
      }
    }
  }
  for (const path of readdirSync(join(content, "diagrams"))
    .filter((f) => f.endsWith(".mmd"))
    .sort()) {
    const file = `content/diagrams/${path}`;
    const text = readFileSync(join(root, file), "utf8");
    units.push({
      file,
      enFile: `content/en/diagrams/${path}`,
      kind: "diagram",
      id: path.replace(/\.mmd$/, ""),
      hash: translationHash(text),
      paths: [],
      body: text,
    });
  }
  return units;
}

/** An English entry as written: the hash it translates, its fields and (MDX) its body. */
export interface EnEntry {
  translates: string | undefined;
  fields: Record<string, unknown>;
  body: string;
}

/** Read the English counterparts of one Chinese file, by entry id (undefined when the file does not exist). */
export function readEn(root: string, unit: ZhUnit): Map<string, EnEntry> | undefined {
  const path = join(root, unit.enFile);
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, "utf8");
  if (unit.kind === "mdx") {
    const { data, body } = splitMdx(text, unit.enFile);
    return new Map([[unit.id, { translates: hashOf(data["translates"]), fields: (data["fields"] ?? {}) as Record<string, unknown>, body }]]);
  }
  if (unit.kind === "diagram") {
    const translates = /^%% translates: ([0-9a-f]+)/m.exec(text)?.[1];
    return new Map([[unit.id, { translates, fields: {}, body: text }]]);
  }
  const map = (parseYaml(text) ?? {}) as Record<string, { translates?: unknown; fields?: Record<string, unknown> }>;
  return new Map(Object.entries(map).map(([id, e]) => [id, { translates: hashOf(e.translates), fields: e.fields ?? {}, body: "" }]));
}

/** A hash as written: a string (write it quoted: an unquoted 7201581e8339 reads as a number). */
const hashOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
