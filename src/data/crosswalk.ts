import { crosswalkPart, crosswalkProblems, type CrosswalkModel, type CrosswalkPair, type CrosswalkPart, type ModelUnit } from "../lib/crosswalk.ts";
import { getCrosswalkEntries, getElements, getStages } from "./collections.ts";

let checked: Promise<CrosswalkPair[]> | undefined;

/** Every model unit the crosswalk must cover: both papers' elements and Paper A's three stages. */
export async function getModelUnits(): Promise<ModelUnit[]> {
  const elements = (await getElements()).map((e) => ({ id: e.id, paper: e.data.locator.paper.id }));
  const stages = (await getStages()).map((s) => ({ id: s.id, paper: "paper-a" }));
  return [...stages, ...elements];
}

/**
 * The crosswalk's entries as plain pairs, checked once per build: the build fails, naming the file, the entry and
 * the field, when an entry names a unit that does not exist or is in the wrong paper, or when a unit of either
 * model appears in no entry.
 */
export function getCrosswalkPairs(): Promise<CrosswalkPair[]> {
  checked ??= load();
  return checked;
}

async function load(): Promise<CrosswalkPair[]> {
  const pairs: CrosswalkPair[] = (await getCrosswalkEntries()).map((e) => ({
    id: e.id,
    a: e.data.a,
    b: e.data.b,
    type: e.data.type,
    reasonZh: e.data.reasonZh,
    where: `${e.filePath ?? "content/crosswalk"}: entry "${e.id}"`,
    aAtPaper: e.data.aAt?.paper.id,
    bAtPaper: e.data.bAt?.paper.id,
  }));
  const problems = crosswalkProblems(pairs, await getModelUnits());
  if (problems.length > 0) throw new Error(`The crosswalk of the two models (content/crosswalk/):\n${problems.join("\n")}`);
  return pairs;
}

/** What decides each entry's part of the crosswalk: Paper A's stages, each element's parent, kind and order. */
export async function getCrosswalkModel(): Promise<CrosswalkModel> {
  const elements = await getElements();
  return {
    stages: new Set((await getStages()).map((s) => s.id)),
    parents: new Map(elements.map((e) => [e.id, e.data.parent?.id])),
    elements: new Map(elements.map((e) => [e.id, { kind: e.data.kind, order: e.data.order }])),
  };
}

/** The part of the crosswalk an entry is on (its page, /compare/crosswalk/<part>/). */
export function partOfEntry(entry: { id: string; filePath?: string | undefined; data: { a?: string | undefined } }, model: CrosswalkModel): CrosswalkPart {
  return crosswalkPart(entry.data.a, model, `${entry.filePath ?? "content/crosswalk"}: entry "${entry.id}"`);
}
