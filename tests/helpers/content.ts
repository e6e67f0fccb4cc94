import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { ROOT } from "./project.ts";

/** An MDX entry read straight from content/: its id (file name) and front matter. */
export interface RawEntry {
  id: string;
  data: Record<string, unknown>;
  /** The MDX body after the front matter. */
  body: string;
}

const walk = (dir: string): string[] =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Every MDX entry of a collection folder (e.g. "elements/paper-a"), read without the site's code. */
export function readEntries(folder: string): RawEntry[] {
  return walk(join(ROOT, "content", folder))
    .filter((f) => f.endsWith(".mdx"))
    .map((f) => {
      const parts = readFileSync(f, "utf8").split(/^---$/m);
      return {
        id:
          f
            .split("/")
            .at(-1)
            ?.replace(/\.mdx$/, "") ?? "",
        data: (parseYaml(parts[1] ?? "") ?? {}) as Record<string, unknown>,
        body: parts.slice(2).join("---"),
      };
    });
}

/** Every item of the YAML lists in a folder (e.g. "bibliography"). */
export function readList(folder: string): Record<string, unknown>[] {
  return walk(join(ROOT, "content", folder))
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((f) => (parseYaml(readFileSync(f, "utf8")) ?? []) as Record<string, unknown>[]);
}
