import { describe, expect, it } from "vitest";
import { crosswalkPart, crosswalkProblems, type CrosswalkModel, type CrosswalkPair } from "../../src/lib/crosswalk.ts";
import { readEntries, readList } from "../helpers/content.ts";

// Read content/ directly: the crosswalk must name every element of both models and every stage of Paper A.
const entries = readList("crosswalk");
const elements = readEntries("elements").map((e) => ({ id: e.id, paper: String((e.data["locator"] as { paper: string }).paper) }));
const stages = readEntries("stages").map((s) => ({ id: s.id, paper: "paper-a" }));
const units = [...stages, ...elements];
const TYPES = ["equivalent", "overlaps", "contrasts", "none"];
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const pairs: CrosswalkPair[] = entries.map((e) => ({
  id: str(e["id"]) ?? "",
  a: str(e["a"]),
  b: str(e["b"]),
  type: e["type"] as CrosswalkPair["type"],
  reasonZh: str(e["reasonZh"]) ?? "",
  where: `content/crosswalk: entry "${str(e["id"]) ?? ""}"`,
}));

describe("the crosswalk of the two models (content/crosswalk/)", () => {
  it("covers every element of both papers and every stage of Paper A, each id in the right paper", () => {
    expect(units.length).toBeGreaterThan(70);
    expect(crosswalkProblems(pairs, units)).toEqual([]);
  });
  it("has unique ids", () => {
    expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
  });
  it.each(pairs.map((p) => [p.id, p] as const))("%s: a valid type, both sides for a pair, one side for `none`, a one-line reason", (_id, p) => {
    expect(TYPES).toContain(p.type);
    if (p.type === "none") expect((p.a === undefined) !== (p.b === undefined)).toBe(true);
    else expect(p.a !== undefined && p.b !== undefined).toBe(true);
    expect(p.reasonZh.length).toBeGreaterThan(10);
    expect(p.reasonZh).not.toMatch(/\n/);
  });
  it("lists, for each paper, what the other lacks (entries of type none on both sides)", () => {
    expect(pairs.some((p) => p.type === "none" && p.a !== undefined)).toBe(true);
    expect(pairs.some((p) => p.type === "none" && p.b !== undefined)).toBe(true);
  });
  it("fails on an unknown id, a unit of the wrong paper and an uncovered unit, naming entry and field", () => {
    const bad: CrosswalkPair[] = [
      { id: "x", a: "a-nope", b: "a-one", type: "overlaps", reasonZh: "r", where: "content/crosswalk/x.yaml: entry \"x\"" },
    ];
    const problems = crosswalkProblems(bad, [
      { id: "a-one", paper: "paper-a" },
      { id: "b-one", paper: "paper-b" },
    ]);
    expect(problems).toEqual([
      'content/crosswalk/x.yaml: entry "x": field "a" refers to "a-nope", which is not the id of any element or stage in content/',
      'content/crosswalk/x.yaml: entry "x": field "b" refers to "a-one", which belongs to paper-a, not paper-b',
      'content/crosswalk: the paper-b unit "b-one" appears in no entry (field "a" or "b"); add a pair, or an entry of type "none"',
    ]);
  });
});

describe("the parts of the crosswalk (one page each)", () => {
  const model: CrosswalkModel = {
    stages: new Set(["stage-new"]),
    parents: new Map([
      ["a-char-one", undefined],
      ["a-char-four", undefined],
      ["a-party", "a-char-four"],
      ["a-layer-values", undefined],
      ["a-layer-operation", undefined],
      ["a-mech", "a-layer-operation"],
      ["a-loose", undefined],
    ]),
    elements: new Map([
      ["a-char-one", { kind: "characteristic", order: 1 }],
      ["a-char-four", { kind: "characteristic", order: 4 }],
      ["a-party", { kind: "part", order: 1 }],
      ["a-layer-values", { kind: "layer", order: 1 }],
      ["a-layer-operation", { kind: "layer", order: 3 }],
      ["a-mech", { kind: "mechanism", order: 1 }],
      ["a-loose", { kind: "part", order: 1 }],
    ]),
  };
  it.each([
    [undefined, "only-b"],
    ["stage-new", "stages"],
    ["a-char-one", "characteristics-1-3"],
    ["a-party", "characteristics-4-5"],
    ["a-layer-values", "values-organisation"],
    ["a-mech", "operation"],
  ] as const)("side A %s → %s (by the root of side A in Paper A's model)", (a, part) => {
    expect(crosswalkPart(a, model, "x")).toBe(part);
  });
  it("fails, naming the entry, when side A is under neither a characteristic nor a layer", () => {
    expect(() => crosswalkPart("a-loose", model, 'content/crosswalk/x.yaml: entry "x"')).toThrow(
      'content/crosswalk/x.yaml: entry "x": field "a" is "a-loose", which is neither a stage nor under a characteristic or a layer of Paper A\'s model (its root is "a-loose")',
    );
  });
});
