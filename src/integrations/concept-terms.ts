import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { conceptTerms, type Term } from "../lib/terms.ts";

/** Read every concept's names from content/concepts (at config time, before collections exist). */
export function readConceptTerms(root: string): Term[] {
  const dir = join(root, "content/concepts");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .flatMap((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const data = (parseYaml(text.split(/^---$/m)[1] ?? "") ?? {}) as { titleZh?: string; aliasesZh?: string[] };
      return data.titleZh === undefined ? [] : conceptTerms(f.replace(/\.mdx$/, ""), data.titleZh, data.aliasesZh ?? []);
    });
}
