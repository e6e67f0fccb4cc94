import { describe, expect, it } from "vitest";
import { counterpartsOf } from "../../src/lib/elements.ts";

describe("counterpartsOf", () => {
  const all = [
    { id: "a-1", counterparts: ["b-2", "b-1"] },
    { id: "b-1", counterparts: ["a-1"] },
    { id: "b-2", counterparts: [] },
    { id: "b-3", counterparts: ["a-1"] },
  ];
  it.each([
    ["a-1", ["b-2", "b-1", "b-3"]],
    ["b-1", ["a-1"]],
    ["b-2", ["a-1"]],
    ["b-3", ["a-1"]],
  ])("%s ↔ %j (named first, then naming it, each once)", (id, expected) => {
    const element = all.find((e) => e.id === id) ?? { id, counterparts: [] };
    expect(counterpartsOf(element, all)).toEqual(expected);
  });
});
