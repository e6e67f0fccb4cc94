import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { conceptTerms, type Term } from "../lib/terms.ts";

/**
 * Read every concept's names from content/concepts (at config time, before collections exist): its Chinese title and
 * aliases, and for the English edition (`locale` "en") also its English title and English forms, so that English text
 * links "the new whole-nation system" as the Chinese links 新型举国体制.
 */
export function readConceptTerms(root: string, locale: "zh" | "en" = "zh"): Term[] {
  const dir = join(root, "content/concepts");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .flatMap((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const data = (parseYaml(text.split(/^---$/m)[1] ?? "") ?? {}) as { titleZh?: string; titleEn?: string; aliasesZh?: string[]; formsEn?: string[] };
      if (data.titleZh === undefined) return [];
      const english = locale === "en" ? [data.titleEn ?? "", ...(data.formsEn ?? [])] : [];
      return conceptTerms(f.replace(/\.mdx$/, ""), data.titleZh, [...(data.aliasesZh ?? []), ...english]);
    });
}
