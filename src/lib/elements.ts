/** An element with the ids of the other paper's elements it names as counterparts. */
export interface CounterpartSource {
  id: string;
  counterparts: readonly string[];
}

/**
 * The counterparts of an element, symmetric: those it names (in its order), then those that name it
 * (in the order of `all`), each once.
 */
export function counterpartsOf(element: CounterpartSource, all: readonly CounterpartSource[]): string[] {
  const reverse = all.filter((e) => e.counterparts.includes(element.id)).map((e) => e.id);
  return [...new Set([...element.counterparts, ...reverse])];
}
