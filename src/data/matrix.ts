import { getEntries, type CollectionEntry } from "./content.ts";
import { getElements, getMatrixCells } from "./collections.ts";

/** Paper B's indicator matrix: indicators × actors, plus the indicators described per system. */
export interface MatrixData {
  indicators: CollectionEntry<"elements">[];
  actors: CollectionEntry<"elements">[];
  systems: CollectionEntry<"concepts">[];
  cells: CollectionEntry<"matrix">[];
  /** The cell for an indicator and an actor or system id, if the content has one. */
  cellFor(indicator: string, column: string): CollectionEntry<"matrix"> | undefined;
}

/** Load the matrix with its rows (indicators) and columns (actors, systems) in the paper's order. */
export async function getMatrix(): Promise<MatrixData> {
  const cells = await getMatrixCells();
  const elements = await getElements("paper-b");
  const byOrder = (a: CollectionEntry<"elements">, b: CollectionEntry<"elements">) => a.data.order - b.data.order;
  const indicators = elements.filter((e) => e.data.kind === "indicator").sort(byOrder);
  const actors = elements.filter((e) => e.data.kind === "actor").sort(byOrder);
  const systemRefs = [...new Map(cells.flatMap((c) => (c.data.system ? [[c.data.system.id, c.data.system] as const] : []))).values()];
  const systems = await getEntries(systemRefs);
  const cellFor = (indicator: string, column: string) =>
    cells.find((c) => c.data.indicator.id === indicator && (c.data.actor?.id === column || c.data.system?.id === column));
  return { indicators, actors, systems, cells, cellFor };
}
