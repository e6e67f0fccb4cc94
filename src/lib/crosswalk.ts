/** The crosswalk of the two papers' models: checks and lookups on plain data (no collections, no markup). */

/** The relation types, in the order the site lists them. */
export type CrosswalkType = "equivalent" | "overlaps" | "contrasts" | "none";

/** One crosswalk entry as the checks see it. */
export interface CrosswalkPair {
  id: string;
  a?: string | undefined;
  b?: string | undefined;
  type: CrosswalkType;
  reasonZh: string;
  /** Where the entry is written, for messages ("content/crosswalk/crosswalk.yaml: entry "cw-…""). */
  where: string;
  /** The papers of the optional locators, when given. */
  aAtPaper?: string | undefined;
  bAtPaper?: string | undefined;
}

/** A model unit of either paper that the crosswalk must cover: an element, or one of Paper A's stages. */
export interface ModelUnit {
  id: string;
  paper: string;
}

/**
 * Everything wrong with the crosswalk, one message per problem naming the file, the entry and the field:
 * `a` not a unit of Paper A, `b` not a unit of Paper B, a locator in the wrong paper, and every unit of either
 * model that no entry names.
 */
export function crosswalkProblems(pairs: readonly CrosswalkPair[], units: readonly ModelUnit[]): string[] {
  const paperOf = new Map(units.map((u) => [u.id, u.paper]));
  const problems: string[] = [];
  for (const p of pairs) {
    for (const [field, id, paper] of [
      ["a", p.a, "paper-a"],
      ["b", p.b, "paper-b"],
    ] as const) {
      if (id === undefined) continue;
      const actual = paperOf.get(id);
      if (actual === undefined) problems.push(`${p.where}: field "${field}" refers to "${id}", which is not the id of any element or stage in content/`);
      else if (actual !== paper) problems.push(`${p.where}: field "${field}" refers to "${id}", which belongs to ${actual}, not ${paper}`);
    }
    if (p.aAtPaper !== undefined && p.aAtPaper !== "paper-a") problems.push(`${p.where}: field "aAt" must locate a passage of paper-a`);
    if (p.bAtPaper !== undefined && p.bAtPaper !== "paper-b") problems.push(`${p.where}: field "bAt" must locate a passage of paper-b`);
  }
  const named = new Set(pairs.flatMap((p) => [p.a, p.b]));
  for (const u of units) {
    if (!named.has(u.id))
      problems.push(`content/crosswalk: the ${u.paper} unit "${u.id}" appears in no entry (field "a" or "b"); add a pair, or an entry of type "none"`);
  }
  return problems;
}

/** The entries that name one unit, in file order. */
export function crosswalkOf<P extends Pick<CrosswalkPair, "a" | "b">>(id: string, pairs: readonly P[]): P[] {
  return pairs.filter((p) => p.a === id || p.b === id);
}

/** Count entries by type. */
export function countByType(pairs: readonly Pick<CrosswalkPair, "type">[]): Record<CrosswalkType, number> {
  const counts: Record<CrosswalkType, number> = { equivalent: 0, overlaps: 0, contrasts: 0, none: 0 };
  for (const p of pairs) counts[p.type] += 1;
  return counts;
}

/**
 * The root of a unit in its model: follow `parent` up (a mechanism to 运行机制, a party to 特征四). Paper A's
 * crosswalk page groups its rows by this root.
 */
export function rootOf(id: string, parents: ReadonlyMap<string, string | undefined>): string {
  let current = id;
  const seen = new Set<string>();
  for (let up = parents.get(current); up !== undefined && !seen.has(up); up = parents.get(current)) {
    seen.add(current);
    current = up;
  }
  return current;
}

/**
 * The parts of the crosswalk, in page order, each on its own page (/compare/crosswalk/<part>/), following Paper A's
 * model: its stages, its five era-specific characteristics (1–3, then 4 and 5), the three layers of its operating
 * model (values and organisation, then operation, with its four mechanisms); then what only Paper B has. A page
 * holds at most about twenty rows: more would weigh more than a page may (issue #15).
 */
export const CROSSWALK_PARTS = ["stages", "characteristics-1-3", "characteristics-4-5", "values-organisation", "operation", "only-b"] as const;
export type CrosswalkPart = (typeof CROSSWALK_PARTS)[number];

/** What the part of an entry depends on: Paper A's stages, and each element's parent, kind and order. */
export interface CrosswalkModel {
  stages: ReadonlySet<string>;
  parents: ReadonlyMap<string, string | undefined>;
  elements: ReadonlyMap<string, { kind: string; order: number }>;
}

/** The parts under Paper A's characteristics and layers: the kind of the root element and the range of its order. */
const PART_RULES: readonly { part: CrosswalkPart; kind: string; from: number; to: number }[] = [
  { part: "characteristics-1-3", kind: "characteristic", from: 1, to: 3 },
  { part: "characteristics-4-5", kind: "characteristic", from: 4, to: 5 },
  { part: "values-organisation", kind: "layer", from: 1, to: 2 },
  { part: "operation", kind: "layer", from: 3, to: 3 },
];

/**
 * The part an entry's row is on, by its side A: a stage; an element under one of the characteristics or one of the
 * layers; none (only-b). `where` names the entry for the message when side A belongs to none of these.
 */
export function crosswalkPart(a: string | undefined, model: CrosswalkModel, where: string): CrosswalkPart {
  if (a === undefined) return "only-b";
  if (model.stages.has(a)) return "stages";
  const root = rootOf(a, model.parents);
  const at = model.elements.get(root);
  const rule = PART_RULES.find((r) => r.kind === at?.kind && at.order >= r.from && at.order <= r.to);
  if (rule === undefined)
    throw new Error(`${where}: field "a" is "${a}", which is neither a stage nor under a characteristic or a layer of Paper A's model (its root is "${root}")`);
  return rule.part;
}
