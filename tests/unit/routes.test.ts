import { describe, expect, it } from "vitest";
import { hrefOf, locateUnit, withBase } from "../../src/lib/routes.ts";

describe("locateUnit", () => {
  it.each([
    ["paper", "paper-a", undefined, { path: "paper-a/" }],
    ["section", "a-2-4", "paper-a", { path: "paper-a/a-2-4/" }],
    ["stage", "stage-new", undefined, { path: "stages/stage-new/" }],
    ["table", "table-1", undefined, { path: "table-1/" }],
    ["dimension", "dim-goal", undefined, { path: "table-1/", anchor: "dim-goal" }],
    ["element", "a-mech-project", undefined, { path: "elements/a-mech-project/" }],
    ["concept", "juguo-tizhi", undefined, { path: "concepts/juguo-tizhi/" }],
    ["comparison", "cmp-actors", undefined, { path: "compare/actors/" }],
    ["claim", "cmp-resource-allocation-c10", undefined, { path: "compare/resource-allocation/", anchor: "cmp-resource-allocation-c10" }],
    ["matrix-row", "cmp-actors-row", undefined, { path: "compare/", anchor: "cmp-actors-row" }],
    ["crosswalk-pair", "cw-synergy-actors", "characteristics-4-5", { path: "compare/crosswalk/characteristics-4-5/", anchor: "cw-synergy-actors" }],
    ["event", "event-2006-outline", undefined, { path: "timeline/", anchor: "event-2006-outline" }],
    ["bibliography", "bib-freeman-2002", undefined, { path: "references/", anchor: "bib-freeman-2002" }],
    ["matrix-cell", "m-governance-producer", undefined, { path: "paper-b/matrix/", anchor: "m-governance-producer" }],
    ["page", "home", undefined, { path: "" }],
  ] as const)("%s %s → %o", (kind, id, paper, expected) => {
    expect(locateUnit(kind, id, paper)).toEqual(expected);
  });
});

describe("withBase / hrefOf", () => {
  it.each([
    ["/", "table-1/", "/table-1/"],
    ["/kb/", "table-1/", "/kb/table-1/"],
    ["/kb", "table-1/", "/kb/table-1/"],
    ["/kb/", "", "/kb/"],
    ["/", "/stages/", "/stages/"],
  ])("withBase(%s, %s) = %s", (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
  it("adds the anchor", () => {
    expect(hrefOf("/kb/", { path: "table-1/", anchor: "dim-goal" })).toBe("/kb/table-1/#dim-goal");
  });
});
