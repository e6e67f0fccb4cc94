import { getCollection } from "astro:content";
import { danglingReferences } from "../lib/references.ts";
import { registryProblems, terminologyProblems } from "../lib/terminology.ts";
import { collections } from "../content.config.ts";
import { getCrosswalkPairs } from "./crosswalk.ts";
import { getTerminology, getTitledUnits } from "./terminology.ts";
import { getUnitIndex } from "./units.ts";

let checked: Promise<void> | undefined;

/**
 * Fail the build when any entry refers to an entry that does not exist, or when an English title departs
 * from the site's one terminology. Astro validates a reference's shape but not its target, so every page
 * awaits this check (run once per build).
 */
export function validateContent(): Promise<void> {
  checked ??= check();
  return checked;
}

async function check(): Promise<void> {
  const names = Object.keys(collections) as (keyof typeof collections)[];
  const all = new Map<string, Set<string>>();
  const entries: { filePath: string; data: unknown }[] = [];
  for (const name of names) {
    const list = await getCollection(name);
    all.set(name, new Set(list.map((e) => e.id)));
    for (const e of list) entries.push({ filePath: e.filePath ?? `${name} "${e.id}"`, data: e.data });
  }
  const problems = danglingReferences(entries, (ref) => all.get(ref.collection)?.has(ref.id) ?? false);
  if (problems.length > 0) throw new Error(`Dangling references in content/:\n${problems.join("\n")}`);
  await getCrosswalkPairs();
  // A claim's page is its axis's page (src/lib/routes.ts), found from the claim's id.
  const misnamed = (await getCollection("comparisons")).flatMap((axis) =>
    axis.data.claims.flatMap((claim, i) =>
      claim.id.startsWith(`${axis.id}-c`) && /-c\d+$/.test(claim.id)
        ? []
        : [`${axis.filePath ?? axis.id}: field "claims.${i}.id" is "${claim.id}"; a claim's id is its axis's id, "-c" and a number (${axis.id}-c${i + 1})`],
    ),
  );
  if (misnamed.length > 0) throw new Error(`Comparison claims in content/:\n${misnamed.join("\n")}`);

  const units = await getUnitIndex();
  const unseen = (await getCollection("terms")).filter((t) => !units.has(t.data.see));
  const terms = await getTerminology();
  const wording = [
    ...unseen.map((t) => `${t.filePath ?? "content/terms"} (entry "${t.id}"): field "see" refers to "${t.data.see}", which is not the id of any unit`),
    ...registryProblems(terms),
    ...terminologyProblems(await getTitledUnits(), terms),
  ];
  if (wording.length > 0) throw new Error(`English terminology in content/ (one canonical rendering per term):\n${wording.join("\n")}`);
}
