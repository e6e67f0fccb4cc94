import { getCollection } from "./content.ts";
import { computeBacklinks, type MentionSource } from "../lib/backlinks.ts";
import { conceptTerms } from "../lib/terms.ts";
import { getUnitIndex, type Unit } from "./units.ts";

let cache: Promise<Map<string, Unit[]>> | undefined;

/** Every concept's backlinks ("mentioned in"): the units that name, link or list it, as units with locations. */
export function getBacklinks(): Promise<Map<string, Unit[]>> {
  cache ??= build();
  return cache;
}

async function build(): Promise<Map<string, Unit[]>> {
  const concepts = await getCollection("concepts");
  const terms = concepts.flatMap((c) => conceptTerms(c.id, c.data.titleZh, c.data.aliasesZh));
  const sources: MentionSource[] = [];
  const add = (id: string, data: unknown, body: string | undefined, listed: readonly { id: string }[] = []) =>
    sources.push({ id, text: `${JSON.stringify(data)}\n${body ?? ""}`, concepts: listed.map((c) => c.id) });
  for (const e of await getCollection("sections")) add(e.id, e.data, e.body, e.data.concepts);
  for (const e of await getCollection("stages")) add(e.id, e.data, e.body, e.data.concepts);
  for (const e of await getCollection("elements")) add(e.id, e.data, e.body, e.data.concepts);
  for (const e of await getCollection("comparisons")) add(e.id, e.data, e.body, e.data.concepts);
  for (const e of concepts) add(e.id, e.data, e.body, [...e.data.concepts, ...e.data.related]);
  for (const e of await getCollection("dimensions")) add(e.id, e.data, undefined, e.data.concepts);
  for (const e of await getCollection("events")) add(e.id, e.data, undefined, e.data.concepts);
  const index = await getUnitIndex();
  const result = new Map<string, Unit[]>();
  for (const [concept, ids] of computeBacklinks(sources, terms)) {
    result.set(
      concept,
      ids.map((id) => index.get(id)).filter((u): u is Unit => u !== undefined),
    );
  }
  return result;
}
