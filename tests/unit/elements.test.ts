import { describe, expect, it } from "vitest";
import { siblingsOf } from "../../src/lib/elements.ts";

describe("siblingsOf", () => {
  const e = (id: string, paper: string, kind: string, order: number, parent?: string) => ({ id, paper, kind, order, parent });
  const all = [
    e("b-actor-participant", "paper-b", "actor", 3, "b-constituent-actors"),
    e("b-actor-producer", "paper-b", "actor", 1, "b-constituent-actors"),
    e("b-actor-interactor", "paper-b", "actor", 2, "b-constituent-actors"),
    e("b-constituent-actors", "paper-b", "constituent", 3),
    e("b-constituent-experiment", "paper-b", "constituent", 1),
    e("b-stage-use", "paper-b", "model-stage", 3),
    e("a-char-synergy", "paper-a", "characteristic", 4),
    e("a-char-key", "paper-a", "characteristic", 3),
    e("a-party-users", "paper-a", "party", 5, "a-char-synergy"),
  ];
  it("groups the parts of one parent in their order", () => {
    expect(siblingsOf(all[2]!, all)).toEqual(["b-actor-producer", "b-actor-interactor", "b-actor-participant"]);
  });
  it("groups top-level elements by kind within their paper, never the other paper's or a part", () => {
    expect(siblingsOf(all[3]!, all)).toEqual(["b-constituent-experiment", "b-constituent-actors"]);
    expect(siblingsOf(all[6]!, all)).toEqual(["a-char-key", "a-char-synergy"]);
  });
  it("leaves an element alone in its group when it has no sibling", () => {
    expect(siblingsOf(all[5]!, all)).toEqual(["b-stage-use"]);
    expect(siblingsOf(all[8]!, all)).toEqual(["a-party-users"]);
  });
});
