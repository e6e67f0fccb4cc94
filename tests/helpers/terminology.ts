import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseYaml } from "yaml";
import { conceptTermZh, type TermRecord, type TitledUnit } from "../../src/lib/terminology.ts";

// Read content/ independently of Astro, as the build's check sees it (src/data/terminology.ts).
type Data = Record<string, unknown>;
const walk = (dir: string): string[] =>
  !existsSync(dir) ? [] : readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const frontmatter = (file: string): Data => (parseYaml(readFileSync(file, "utf8").split(/^---$/m)[1] ?? "") ?? {}) as Data;
const list = (file: string): Data[] => (parseYaml(readFileSync(file, "utf8")) ?? []) as Data[];
const str = (v: unknown): string => (typeof v === "string" ? v : "");
const paperEn = (d: Data) =>
  typeof d["paperEnQuote"] === "string" ? { paperEn: { quote: d["paperEnQuote"], where: d["paperEnWhere"] as "title" | "abstract" | "text" } } : {};

/** The registered terms and the titled units of a content folder. */
export function readTerminology(root: string): { terms: TermRecord[]; units: TitledUnit[] } {
  const content = join(root, "content");
  const rel = (f: string) => relative(root, f);
  const terms: TermRecord[] = [];
  for (const file of walk(join(content, "concepts")).filter((f) => f.endsWith(".mdx"))) {
    const d = frontmatter(file);
    terms.push({
      zh: conceptTermZh(str(d["titleZh"])),
      en: str(d["titleEn"]),
      formsEn: (d["formsEn"] as string[] | undefined) ?? [],
      source: d["titleEnSource"] === "paper" ? "paper" : "site",
      ...paperEn(d),
      match: true,
      definedIn: rel(file),
    });
  }
  for (const file of walk(join(content, "terms")).filter((f) => /\.ya?ml$/.test(f))) {
    for (const d of list(file)) {
      terms.push({
        zh: str(d["zh"]),
        en: str(d["en"]),
        formsEn: (d["formsEn"] as string[] | undefined) ?? [],
        source: d["enSource"] === "paper" ? "paper" : "site",
        ...paperEn(d),
        match: d["contextZh"] === undefined,
        definedIn: `${rel(file)} (entry "${str(d["id"])}")`,
      });
    }
  }
  const units: TitledUnit[] = [];
  for (const folder of ["papers", "sections", "stages", "elements", "concepts", "comparisons", "pages"]) {
    for (const file of walk(join(content, folder)).filter((f) => f.endsWith(".mdx"))) {
      const d = frontmatter(file);
      if (folder === "papers" && d["titleEn"] === d["titleEnQuote"]) continue;
      units.push({ where: rel(file), titleZh: str(d["titleZh"]), titleEn: str(d["titleEn"]) });
    }
  }
  for (const folder of ["table-1", "events"]) {
    for (const file of walk(join(content, folder)).filter((f) => /\.ya?ml$/.test(f))) {
      for (const d of list(file)) units.push({ where: `${rel(file)} (entry "${str(d["id"])}")`, titleZh: str(d["titleZh"]), titleEn: str(d["titleEn"]) });
    }
  }
  return { terms, units };
}
