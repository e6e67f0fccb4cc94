/**
 * The layers of src/ and what may import what (see the README): only src/data/ queries the content
 * collections; components get their data as props (an MDX component may call one data function, since MDX
 * hands it only its attributes); src/lib/ is plain functions; no module imports itself round a cycle;
 * page routes stay short.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SRC = join(ROOT, "src");

/** One import statement: where from, the names it binds, and whether it is type-only. */
interface Import {
  from: string;
  names: string[];
  typeOnly: boolean;
}

/** The import statements of a TypeScript or Astro file (static and dynamic; re-exports count). */
function parseImports(text: string): Import[] {
  const out: Import[] = [];
  for (const m of text.matchAll(/(?:^|[;\n])\s*(import|export)\s+(type\s+)?([\s\S]*?)\s+from\s+["']([^"']+)["']/g)) {
    const clause = m[3] ?? "";
    const braces = /\{([\s\S]*)\}/.exec(clause)?.[1] ?? "";
    const named = braces
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "" && !s.startsWith("type "))
      .map((s) => s.split(/\s+as\s+/)[0] ?? s);
    const defaultName = /^([A-Za-z_$][\w$]*)\s*(?:,|$)/.exec(clause.trim())?.[1];
    const namespace = /\*\s+as\s+([\w$]+)/.exec(clause)?.[1];
    const names = [
      ...(defaultName !== undefined && defaultName !== "type" ? [defaultName] : []),
      ...(namespace === undefined ? [] : [`* as ${namespace}`]),
      ...named,
    ];
    out.push({ from: m[4] ?? "", names, typeOnly: m[2] !== undefined || (names.length === 0 && braces.trim() !== "") });
  }
  for (const m of text.matchAll(/(?:^|[;\n])\s*import\s+["']([^"']+)["']/g)) out.push({ from: m[1] ?? "", names: [], typeOnly: false });
  for (const m of text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) out.push({ from: m[1] ?? "", names: ["*"], typeOnly: false });
  return out;
}

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
const SOURCES = files(SRC).map((path) => ({ path, rel: relative(ROOT, path), imports: parseImports(readFileSync(path, "utf8")) }));

/** The file a relative import resolves to (src-relative), or undefined for a package or virtual module. */
const target = (file: string, from: string) => (from.startsWith(".") ? relative(ROOT, resolve(dirname(file), from.replace(/\?.*$/, ""))) : undefined);

/** What astro:content exports that reads the collections. */
const QUERIES = new Set(["getCollection", "getEntry", "getEntries", "getEntryBySlug", "getDataEntryById", "getLiveCollection", "getLiveEntry", "render"]);

describe("parseImports", () => {
  it("reads named, default, type-only, side-effect and dynamic imports", () => {
    const text =
      'import { getCollection, type CollectionEntry } from "astro:content";\nimport type { X } from "./x.ts";\nimport A, { b as c } from "../a.ts";\nimport "./s.ts";\nconst m = import("./m.ts");';
    expect(parseImports(text)).toEqual([
      { from: "astro:content", names: ["getCollection"], typeOnly: false },
      { from: "./x.ts", names: ["X"], typeOnly: true },
      { from: "../a.ts", names: ["A", "b"], typeOnly: false },
      { from: "./s.ts", names: [], typeOnly: false },
      { from: "./m.ts", names: ["*"], typeOnly: false },
    ]);
  });
});

describe("layers", () => {
  it("lets only src/data/ query the content collections", () => {
    const offenders = SOURCES.filter((f) => !f.rel.startsWith("src/data/")).flatMap((f) =>
      f.imports.filter((i) => i.from === "astro:content" && !i.typeOnly && i.names.some((n) => QUERIES.has(n))).map((i) => `${f.rel}: ${i.names.join(", ")}`),
    );
    expect(offenders).toEqual([]);
  });

  it("gives components their data as props: none imports src/data/, but an MDX component may call one data function", () => {
    const offenders = SOURCES.filter((f) => f.rel.startsWith("src/components/") && f.rel.endsWith(".astro")).flatMap((f) => {
      const data = f.imports.filter((i) => target(f.path, i.from)?.startsWith("src/data/"));
      const allowed = f.rel.startsWith("src/components/mdx/") ? 1 : 0;
      const used = data.flatMap((i) => (i.names.length === 0 ? ["(side effect)"] : i.names));
      return used.length > allowed ? [`${f.rel}: ${used.join(", ")}`] : [];
    });
    expect(offenders).toEqual([]);
  });

  it("keeps src/lib/ plain: no data, components, layouts, pages or Astro files, no content queries", () => {
    const offenders = SOURCES.filter((f) => f.rel.startsWith("src/lib/")).flatMap((f) =>
      f.imports
        .filter((i) => {
          const to = target(f.path, i.from);
          if (i.from === "astro:content") return !i.typeOnly;
          return to !== undefined && (/^src\/(data|components|layouts|pages)\//.test(to) || to.endsWith(".astro"));
        })
        .map((i) => `${f.rel} imports ${i.from}`),
    );
    expect(offenders).toEqual([]);
  });

  it("has no import cycle in src/", () => {
    const graph = new Map(
      SOURCES.map((f) => [f.rel, f.imports.map((i) => target(f.path, i.from)).filter((t): t is string => t !== undefined && t.startsWith("src/"))]),
    );
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (node: string, path: string[]): void => {
      if (state.get(node) === "done") return;
      if (state.get(node) === "open") {
        cycles.push([...path.slice(path.indexOf(node)), node].join(" → "));
        return;
      }
      state.set(node, "open");
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, "done");
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });

  it("keeps page routes short: the median route is at most 40 lines", () => {
    const lengths = SOURCES.filter((f) => f.rel.startsWith("src/pages/") && f.rel.endsWith(".astro"))
      .map((f) => readFileSync(f.path, "utf8").trimEnd().split("\n").length)
      .sort((a, b) => a - b);
    const median = lengths[Math.floor((lengths.length - 1) / 2)] ?? 0;
    expect(lengths.length).toBeGreaterThan(10);
    expect(median).toBeLessThanOrEqual(40);
  });
});
