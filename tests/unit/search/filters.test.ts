import { describe, expect, it } from "vitest";
import { kindCount, kindValues, passesFilters, readState, toPagefindFilters, writeState, type SearchState } from "../../../src/lib/search/filters.ts";

const KINDS = ["stage", "concept", "characteristic", "mechanism", "part", "table", "section", "indicator"];

describe("the search state in the URL", () => {
  it.each<[string, SearchState]>([
    ["", { q: "", paper: null, kind: null }],
    ["?q=%E4%B8%BE%E5%9B%BD%E4%BD%93%E5%88%B6", { q: "举国体制", paper: null, kind: null }],
    ["?q=x&paper=both&kind=stage", { q: "x", paper: "both", kind: "stage" }],
    ["?q=x&paper=c&kind=nothing", { q: "x", paper: null, kind: null }],
  ])("reads %j", (search, state) => {
    expect(readState(search)).toEqual(state);
  });
  it.each<[SearchState, string]>([
    [{ q: "", paper: null, kind: null }, ""],
    [{ q: " 举国体制 ", paper: "a", kind: "concept" }, "?q=%E4%B8%BE%E5%9B%BD%E4%BD%93%E5%88%B6&paper=a&kind=concept"],
  ])("writes %j", (state, search) => {
    expect(writeState(state)).toBe(search);
    expect(readState(search)).toEqual({ ...state, q: state.q.trim() });
  });
});

describe("filters", () => {
  it("groups every model-element kind under `element`", () => {
    expect(kindValues("element", KINDS)).toEqual(["characteristic", "mechanism", "part", "indicator"]);
    expect(kindValues("stage", KINDS)).toEqual(["stage"]);
  });
  it.each([
    [{ paper: null, kind: null }, {}],
    [{ paper: "a", kind: null }, { paper: "paper-a" }],
    [
      { paper: "both", kind: "concept" },
      { paper: ["paper-a", "paper-b"], kind: { any: ["concept"] } },
    ],
    [
      { paper: "b", kind: "element" },
      { paper: "paper-b", kind: { any: ["characteristic", "mechanism", "part", "indicator"] } },
    ],
  ] as const)("%j → %j", (state, filters) => {
    expect(toPagefindFilters(state, KINDS)).toEqual(filters);
  });
  it.each([
    ["concept", ["paper-a", "paper-b"], { paper: "both", kind: "concept" }, true],
    ["concept", ["paper-a"], { paper: "both", kind: null }, false],
    ["mechanism", ["paper-a"], { paper: "a", kind: "element" }, true],
    ["mechanism", ["paper-a"], { paper: "b", kind: null }, false],
    ["stage", ["paper-a"], { paper: null, kind: "concept" }, false],
  ] as const)("a %s of %j passes %j: %s", (kind, papers, state, expected) => {
    expect(passesFilters(kind, papers, state, KINDS)).toBe(expected);
  });
  it("counts a choice as the sum of its kinds", () => {
    expect(kindCount("element", { concept: 5, characteristic: 2, part: 3, stage: 1 })).toBe(5);
    expect(kindCount("concept", { concept: 5 })).toBe(5);
    expect(kindCount("event", { concept: 5 })).toBe(0);
  });
});
