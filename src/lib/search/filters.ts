/**
 * The search page's filters and its URL: which paper (A, B or both) and which kind of unit, as
 * `?q=…&paper=…&kind=…`, and how each choice becomes a Pagefind filter. Pages declare their own
 * `kind` and `paper` filter values (see BaseLayout); the kind choices here group those values.
 */
import { PAGE_KINDS } from "../page-kinds.ts";

/** A choice of paper: either paper, or pages that belong to both. */
export type PaperChoice = "a" | "b" | "both";

/** The choices of kind offered, in display order. `element` stands for every kind of model element. */
export const KIND_CHOICES = [
  "stage",
  "table",
  "characteristic",
  "mechanism",
  "element",
  "concept",
  "event",
  "bibliography",
  "section",
  "paper",
  "comparison",
] as const;
/** One kind choice. */
export type KindChoice = (typeof KIND_CHOICES)[number];

/** The choices of paper offered, in display order (besides "all"). */
export const PAPER_CHOICES: readonly PaperChoice[] = ["a", "b", "both"];

/** Page kinds that are not model elements (every other `kind` value is one of Paper A's or B's element kinds). */
const NOT_ELEMENTS = new Set<string>(PAGE_KINDS);

/** What the reader searched for: the query and the two filters (null = all). */
export interface SearchState {
  q: string;
  paper: PaperChoice | null;
  kind: KindChoice | null;
}

/** Pagefind's filter argument: a value, all of several values, or any of several. */
export type PagefindFilters = Record<string, string | string[] | { any: string[] }>;

/** Read the search state from a URL's query string. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const paper = params.get("paper");
  const kind = params.get("kind");
  return {
    q: params.get("q") ?? "",
    paper: PAPER_CHOICES.find((p) => p === paper) ?? null,
    kind: KIND_CHOICES.find((k) => k === kind) ?? null,
  };
}

/** Write the search state as a query string ("?q=…&paper=…&kind=…"; empty parts left out). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q.trim());
  if (state.paper !== null) params.set("paper", state.paper);
  if (state.kind !== null) params.set("kind", state.kind);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

const HAN = /\p{Script=Han}/u;

/**
 * The same search in the Chinese edition (its search page under the site's root), offered on an English search page
 * when the query has Chinese characters: the English index holds the English pages' text, where Chinese finds little
 * more than the units whose Chinese title it is. Null in the Chinese edition and for other queries.
 */
export function otherEditionSearch(state: SearchState, locale: "zh" | "en", rootBase: string): string | null {
  return locale === "en" && HAN.test(state.q) ? `${rootBase}search/${writeState(state)}` : null;
}

/** The `kind` values a choice stands for, given the values the index holds. */
export function kindValues(kind: KindChoice, available: readonly string[]): string[] {
  if (kind === "element") return available.filter((k) => !NOT_ELEMENTS.has(k));
  return [kind];
}

/** The `paper` filter for a paper choice. */
export function paperFilter(paper: PaperChoice): string | string[] {
  if (paper === "both") return ["paper-a", "paper-b"];
  return paper === "a" ? "paper-a" : "paper-b";
}

/** Pagefind filters for a state (only the parts that are set). */
export function toPagefindFilters(state: Pick<SearchState, "paper" | "kind">, availableKinds: readonly string[]): PagefindFilters {
  const filters: PagefindFilters = {};
  if (state.paper !== null) filters["paper"] = paperFilter(state.paper);
  if (state.kind !== null) filters["kind"] = { any: kindValues(state.kind, availableKinds) };
  return filters;
}

/** Whether a unit with these `kind` and `paper` values passes the state's filters. */
export function passesFilters(kind: string, papers: readonly string[], state: Pick<SearchState, "paper" | "kind">, availableKinds: readonly string[]): boolean {
  if (state.kind !== null && !kindValues(state.kind, availableKinds).includes(kind)) return false;
  if (state.paper === "both") return papers.includes("paper-a") && papers.includes("paper-b");
  if (state.paper !== null) return papers.includes(state.paper === "a" ? "paper-a" : "paper-b");
  return true;
}

/** Sum the counts of the `kind` values a choice stands for. */
export function kindCount(kind: KindChoice, counts: Readonly<Record<string, number>>): number {
  const values = kindValues(kind, Object.keys(counts));
  return values.reduce((sum, v) => sum + (counts[v] ?? 0), 0);
}
