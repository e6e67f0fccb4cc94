import { describe, expect, it } from "vitest";
import { crosswalkProblems, type CrosswalkPair } from "../../src/lib/crosswalk.ts";
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
