import { crosswalkProblems, type CrosswalkPair, type ModelUnit } from "../lib/crosswalk.ts";
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
