import { existsSync, readFileSync } from "node:fs";
import { z } from "astro/zod";
import { ID_PATTERN } from "../lib/ids.ts";
import { addressOf, redirects, registryProblems, type IdRegistry, type Redirect } from "../lib/permalinks.ts";
import { getUnitIndex } from "./units.ts";

const REGISTRY_FILE = "content/ids.json";
const registrySchema = z.strictObject({
  /** What the file is, for people who open it. */
  about: z.string().optional(),
  /** Every published id with the site-relative address it was published at. */
  ids: z.record(z.string().regex(ID_PATTERN), z.string()),
  /** Ids renamed since they were published: old id → new id. */
  moved: z.record(z.string().regex(ID_PATTERN), z.string().regex(ID_PATTERN)).default({}),
});

let registry: IdRegistry | undefined;

/** The registry of published ids (content/ids.json), validated. */
export function getRegistry(): IdRegistry {
  if (registry === undefined) {
    const raw: unknown = existsSync(REGISTRY_FILE) ? JSON.parse(readFileSync(REGISTRY_FILE, "utf8")) : { ids: {} };
    const parsed = registrySchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${REGISTRY_FILE}: ${parsed.error.issues.map((i) => `field "${i.path.join(".")}": ${i.message}`).join("; ")}`);
    registry = { ids: parsed.data.ids, moved: parsed.data.moved };
  }
  return registry;
}

/** Each id the site has now, with its site-relative address ("table-1/#dim-goal"). */
export async function getAddresses(): Promise<Map<string, string>> {
  return new Map([...(await getUnitIndex())].map(([id, unit]) => [id, addressOf(unit.location)]));
}

/** Fail the build when a published id no longer resolves (see content/ids.json). */
export async function assertRegistry(): Promise<void> {
  const problems = registryProblems(getRegistry(), await getAddresses());
  if (problems.length > 0) throw new Error(problems.join("\n"));
}

let redirectList: Promise<Redirect[]> | undefined;

/** The redirects the build keeps for published addresses that moved. */
export function getRedirects(): Promise<Redirect[]> {
  // Every page's meta asks for its moved anchors: compute the redirects once per build.
  redirectList ??= getAddresses().then((addresses) => redirects(getRegistry(), addresses));
  return redirectList;
}

/**
 * Anchors once published on a page that now live elsewhere (a comparison claim that moved from
 * /compare/#cmp-actors-c1 to /compare/actors/#cmp-actors-c1): anchor → absolute href of its new place.
 */
export async function getAnchorMoves(path: string, href: (address: string) => string): Promise<Record<string, string>> {
  const moves: Record<string, string> = {};
  for (const r of await getRedirects()) {
    const [from, anchor] = r.from.split("#");
    if (from === path && anchor !== undefined && anchor !== "") moves[anchor] = href(r.target);
  }
  return moves;
}
