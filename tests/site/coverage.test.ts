import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { locateUnit, type UnitKind } from "../../src/lib/routes.ts";
import { exists, page } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

// Read content/ independently of the site's code, so an entry the site forgot to render is caught.
const CONTENT = join(ROOT, "content");
const walk = (dir: string): string[] =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const frontmatter = (file: string) => (parseYaml(readFileSync(file, "utf8").split(/^---$/m)[1] ?? "") ?? {}) as Record<string, unknown>;

const ENTRY_FOLDERS: [string, UnitKind][] = [
  ["papers", "paper"],
  ["sections", "section"],
  ["stages", "stage"],
  ["elements", "element"],
  ["concepts", "concept"],
  ["comparisons", "comparison"],
];
const LIST_FOLDERS: [string, UnitKind][] = [
  ["table-1", "dimension"],
  ["matrix", "matrix-cell"],
  ["events", "event"],
  ["bibliography", "bibliography"],
];
const SITE_PAGES: Record<string, string> = { home: "index.html", "about-table-1": "table-1/index.html", search: "search/index.html", "not-found": "404.html" };

const expected: { entry: string; file: string; anchor?: string }[] = [];
for (const [folder, kind] of ENTRY_FOLDERS) {
  for (const file of walk(join(CONTENT, folder)).filter((f) => f.endsWith(".mdx"))) {
    const id =
      file
        .split("/")
        .at(-1)
        ?.replace(/\.mdx$/, "") ?? "";
    const paper = kind === "section" ? String(frontmatter(file)["paper"]) : undefined;
    const loc = locateUnit(kind, id, paper);
    expected.push({ entry: relative(ROOT, file), file: `${loc.path}index.html`, ...(loc.anchor ? { anchor: loc.anchor } : {}) });
  }
}
for (const [folder, kind] of LIST_FOLDERS) {
  for (const file of walk(join(CONTENT, folder)).filter((f) => /\.ya?ml$/.test(f))) {
    const items = (parseYaml(readFileSync(file, "utf8")) ?? []) as { id: string }[];
    for (const item of items) {
      const loc = locateUnit(kind, item.id);
      expected.push({ entry: `${relative(ROOT, file)}#${item.id}`, file: `${loc.path}index.html`, ...(loc.anchor ? { anchor: loc.anchor } : {}) });
    }
  }
}
for (const file of walk(join(CONTENT, "pages"))) {
  const id =
    file
      .split("/")
      .at(-1)
      ?.replace(/\.mdx$/, "") ?? "";
  expected.push({ entry: relative(ROOT, file), file: SITE_PAGES[id] ?? `${id}/index.html` });
}

describe("nothing in content/ is dropped", () => {
  it("reads a realistic number of entries", () => {
    expect(expected.length).toBeGreaterThanOrEqual(20);
  });
  it.each(expected)("$entry → $file#$anchor", ({ file, anchor }) => {
    expect(exists(file)).toBe(true);
    if (anchor !== undefined) expect(page(file).getElementById(anchor)).not.toBeNull();
  });
});
