import { getCollection, type CollectionEntry } from "./content.ts";
import { compareBibliography } from "../lib/cite/bibliography.ts";
import { STAGE_IDS } from "../schemas/common.ts";

/** Both papers, A before B. */
export async function getPapers(): Promise<CollectionEntry<"papers">[]> {
  return (await getCollection("papers")).sort((a, b) => a.id.localeCompare(b.id));
}

/** Each paper's short label (论文A, 论文B) by id. */
export async function getPaperLabels(): Promise<Map<string, string>> {
  return new Map((await getPapers()).map((p) => [p.id, p.data.labelZh]));
}

/** Every section of every paper, in reading order within each paper. */
export async function getSections(paper?: string): Promise<CollectionEntry<"sections">[]> {
  const all = await getCollection("sections", (s) => paper === undefined || s.data.paper.id === paper);
  return sortSections(all);
}

/** Sort sections depth-first by their `order` within their parent. */
function sortSections(all: CollectionEntry<"sections">[]): CollectionEntry<"sections">[] {
  const children = (parent: string | undefined) =>
    all.filter((s) => s.data.parent?.id === parent).sort((a, b) => a.data.paper.id.localeCompare(b.data.paper.id) || a.data.order - b.data.order);
  const walk = (parent: string | undefined): CollectionEntry<"sections">[] => children(parent).flatMap((s) => [s, ...walk(s.id)]);
  return walk(undefined);
}

/** Paper A's three stages in time order. */
export async function getStages(): Promise<CollectionEntry<"stages">[]> {
  const stages = (await getCollection("stages")).sort((a, b) => a.data.order - b.data.order);
  const ids = stages.map((s) => s.id).join(",");
  if (ids !== STAGE_IDS.join(",")) throw new Error(`content/stages: expected exactly the stages ${STAGE_IDS.join(", ")} in that order, found ${ids}`);
  return stages;
}

/** 表1's dimension rows in printed order. */
export async function getDimensions(): Promise<CollectionEntry<"dimensions">[]> {
  return (await getCollection("dimensions")).sort((a, b) => a.data.order - b.data.order);
}

/** Model elements, optionally of one paper. */
export async function getElements(paper?: string): Promise<CollectionEntry<"elements">[]> {
  const all = await getCollection("elements", (e) => paper === undefined || e.data.locator.paper.id === paper);
  return all.sort(
    (a, b) => a.data.locator.paper.id.localeCompare(b.data.locator.paper.id) || a.data.kind.localeCompare(b.data.kind) || a.data.order - b.data.order,
  );
}

/** Concepts, ordered by id. */
export async function getConcepts(): Promise<CollectionEntry<"concepts">[]> {
  return (await getCollection("concepts")).sort((a, b) => a.id.localeCompare(b.id));
}

/** Comparison axes in page order. */
export async function getComparisons(): Promise<CollectionEntry<"comparisons">[]> {
  return (await getCollection("comparisons")).sort((a, b) => a.data.order - b.data.order);
}

/** Dated events, oldest first. */
export async function getEvents(): Promise<CollectionEntry<"events">[]> {
  return (await getCollection("events")).sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}

/** Bibliography entries, Chinese first, then by first author (Chinese names by pinyin, surnames read as surnames) and year. */
export async function getBibliography(): Promise<CollectionEntry<"bibliography">[]> {
  return (await getCollection("bibliography")).sort((a, b) => compareBibliography(a.data, b.data));
}

/** Paper B's indicator-matrix cells. */
export async function getMatrixCells(): Promise<CollectionEntry<"matrix">[]> {
  return getCollection("matrix");
}

/** A page of the site's own prose by id (fails the build when missing). */
export async function getSitePage(id: string): Promise<CollectionEntry<"pages">> {
  const page = (await getCollection("pages")).find((p) => p.id === id);
  if (page === undefined) throw new Error(`content/pages/${id}.mdx is missing: the site needs it`);
  return page;
}

/** The crosswalk of the two models, in file order (grouped by Paper A's model part there). */
export async function getCrosswalkEntries(): Promise<CollectionEntry<"crosswalk">[]> {
  return getCollection("crosswalk");
}
