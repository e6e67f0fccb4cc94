import { getCollection } from "astro:content";
import { conceptTermZh, type TermRecord, type TitledUnit } from "../lib/terminology.ts";

let cache: Promise<TermRecord[]> | undefined;

/** Every registered term: each concept (its titleEn is canonical) and each entry of content/terms/. */
export function getTerminology(): Promise<TermRecord[]> {
  cache ??= build();
  return cache;
}

const paperEn = (d: { paperEnQuote?: string | undefined; paperEnWhere?: "title" | "abstract" | "text" | undefined }) =>
  d.paperEnQuote !== undefined && d.paperEnWhere !== undefined ? { paperEn: { quote: d.paperEnQuote, where: d.paperEnWhere } } : {};

async function build(): Promise<TermRecord[]> {
  const concepts = (await getCollection("concepts")).map((c): TermRecord => ({
    zh: conceptTermZh(c.data.titleZh),
    en: c.data.titleEn,
    formsEn: c.data.formsEn,
    source: c.data.titleEnSource,
    ...paperEn(c.data),
    match: true,
    definedIn: c.filePath ?? `concept "${c.id}"`,
  }));
  const terms = (await getCollection("terms")).map((t): TermRecord => ({
    zh: t.data.zh,
    en: t.data.en,
    formsEn: t.data.formsEn,
    source: t.data.enSource,
    ...paperEn(t.data),
    match: t.data.contextZh === undefined,
    definedIn: `${t.filePath ?? "content/terms"} (entry "${t.id}")`,
  }));
  return [...concepts, ...terms];
}

/** The Chinese and English titles of every unit, with the file (and list entry) that holds them. */
export async function getTitledUnits(): Promise<TitledUnit[]> {
  const units: TitledUnit[] = [];
  const add = (where: string, titleZh: string, titleEn: string) => units.push({ where, titleZh, titleEn });
  // A paper's English title that is the paper's own (Paper B's) is quoted, not rendered.
  for (const p of await getCollection("papers")) if (p.data.titleEn !== p.data.titleEnQuote) add(p.filePath ?? p.id, p.data.titleZh, p.data.titleEn);
  for (const name of ["sections", "stages", "elements", "concepts", "comparisons", "pages"] as const) {
    for (const e of await getCollection(name)) add(e.filePath ?? `${name} "${e.id}"`, e.data.titleZh, e.data.titleEn);
  }
  for (const name of ["dimensions", "events"] as const) {
    for (const e of await getCollection(name)) add(`${e.filePath ?? name} (entry "${e.id}")`, e.data.titleZh, e.data.titleEn);
  }
  return units;
}
