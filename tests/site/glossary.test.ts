import { describe, expect, it } from "vitest";
import { page, text } from "../helpers/dist.ts";

// Issue #17: the glossary gives each term a one-line definition, not only its pinyin, English and type.
describe("the glossary", () => {
  const terms = page("glossary/").querySelectorAll(".glossary > div");
  it("lists terms", () => {
    expect(terms.length).toBeGreaterThan(100);
  });
  it("gives every term a one-line definition of at most 60 characters", () => {
    const missing = terms
      .filter((t) => {
        const def = text(t.querySelector("dd.definition"));
        return def === "" || def.length > 60;
      })
      .map((t) => text(t.querySelector("dt")));
    expect(missing).toEqual([]);
  });
});
