import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { addressOf, anchorMovesScript, currentId, redirects, registryProblems, unregistered, type IdRegistry } from "../../src/lib/permalinks.ts";

const current = new Map([
  ["b-3-2-1", "paper-b/b-3-2-1/"],
  ["dim-goal", "table-1/#dim-goal"],
  ["dim-new-name", "table-1/#dim-new-name"],
]);
const registry = (ids: Record<string, string>, moved: Record<string, string> = {}): IdRegistry => ({ ids, moved });

describe("addressOf", () => {
  it.each([
    [{ path: "paper-b/b-3-2-1/" }, "paper-b/b-3-2-1/"],
    [{ path: "table-1/", anchor: "dim-goal" }, "table-1/#dim-goal"],
  ])("%o → %s", (location, expected) => {
    expect(addressOf(location)).toBe(expected);
  });
});

describe("registryProblems", () => {
  it("accepts a registry whose ids all still exist, and ids added since", () => {
    expect(registryProblems(registry({ "b-3-2-1": "paper-b/b-3-2-1/" }), current)).toEqual([]);
  });
  it("rejects a published id that vanished without a rename", () => {
    expect(registryProblems(registry({ "dim-old": "table-1/#dim-old" }), current)).toEqual([
      'content/ids.json: published id "dim-old" no longer exists; restore it, or record its new id under "moved" ("dim-old": "<new id>")',
    ]);
  });
  it("accepts a rename to an id that exists, and rejects one into nothing", () => {
    expect(registryProblems(registry({ "dim-old": "table-1/#dim-old" }, { "dim-old": "dim-new-name" }), current)).toEqual([]);
    expect(registryProblems(registry({ "dim-old": "table-1/#dim-old" }, { "dim-old": "dim-gone" }), current)).toEqual([
      'content/ids.json: "moved" sends "dim-old" to "dim-gone", which does not exist',
    ]);
  });
  it("rejects renaming an id that still exists or was never published", () => {
    expect(registryProblems(registry({ "dim-goal": "table-1/#dim-goal" }, { "dim-goal": "dim-new-name", "dim-x": "dim-goal" }), current)).toEqual([
      'content/ids.json: "moved" renames "dim-goal" to "dim-new-name", but "dim-goal" still exists',
      'content/ids.json: "moved" names "dim-x", which was never published (it is not under "ids")',
    ]);
  });
});

describe("currentId", () => {
  it("follows chains of renames and stops on loops", () => {
    expect(currentId("a", registry({}, { a: "b", b: "dim-goal" }), current)).toBe("dim-goal");
    expect(currentId("a", registry({}, { a: "b", b: "a" }), current)).toBeUndefined();
  });
});

describe("redirects", () => {
  it("sends a renamed id and a moved address to where the unit lives now", () => {
    const reg = registry({ "dim-old": "table-1/#dim-old", "b-3-2-1": "paper-b/old-place/", "dim-goal": "table-1/#dim-goal" }, { "dim-old": "dim-new-name" });
    expect(redirects(reg, current)).toEqual([
      { id: "dim-old", to: "dim-new-name", from: "table-1/#dim-old", target: "table-1/#dim-new-name" },
      { id: "b-3-2-1", to: "b-3-2-1", from: "paper-b/old-place/", target: "paper-b/b-3-2-1/" },
    ]);
  });
});

describe("unregistered", () => {
  it("lists the ids to add, as JSON lines", () => {
    expect(unregistered(registry({ "b-3-2-1": "paper-b/b-3-2-1/" }), current)).toEqual([
      '"dim-goal": "table-1/#dim-goal"',
      '"dim-new-name": "table-1/#dim-new-name"',
    ]);
  });
});

describe("anchorMovesScript", () => {
  const moves = {
    "cmp-actors": "/compare/actors/",
    "cmp-actors-c1": "/compare/actors/#cmp-actors-c1",
    "cmp-old-c2": "/compare/frameworks/#cmp-frameworks-c2",
  };
  /** Run the script for a location hash; the href it replaces the location with, or undefined when it stays. */
  const follow = (hash: string): string | undefined => {
    let to: string | undefined;
    const location = { hash, replace: (href: string) => (to = href) };
    runInNewContext(anchorMovesScript(moves), { location, decodeURIComponent });
    return to;
  };
  it.each([
    ["#cmp-actors-c1", "/compare/actors/#cmp-actors-c1"],
    ["#cmp-actors", "/compare/actors/"],
    ["#cmp-old-c2", "/compare/frameworks/#cmp-frameworks-c2"],
  ])("%s → %s", (hash, expected) => {
    expect(follow(hash)).toBe(expected);
  });
  it.each(["", "#", "#compare-matrix", "#cmp-actors-row", "#cmp-actors-c10"])("%s stays", (hash) => {
    expect(follow(hash)).toBeUndefined();
  });
  it("writes numbered anchors kept on one page as a run, and sends every one of them on, none outside it", () => {
    const claims: Record<string, string> = Object.fromEntries(
      Array.from({ length: 12 }, (_, i): [string, string] => [`cmp-x-c${i + 1}`, `/compare/x/#cmp-x-c${i + 1}`]).concat([
        ["cmp-x", "/compare/x/"],
        ["cmp-y-c2", "/compare/y/#cmp-y-c2"],
        ["cmp-y-c3", "/compare/y/#cmp-y-c3"],
        ["cmp-y-c01", "/compare/y/#cmp-y-c01"],
        ["cmp-z-c7", "/compare/z/#cmp-z-c9"],
      ]),
    );
    const script = anchorMovesScript(claims);
    expect(script).toContain('"cmp-x> cmp-x-c1~12"');
    const go = (hash: string): string | undefined => {
      let to: string | undefined;
      runInNewContext(script, { location: { hash, replace: (href: string) => (to = href) }, decodeURIComponent });
      return to;
    };
    for (const [anchor, href] of Object.entries(claims)) expect(go(`#${anchor}`)).toBe(href);
    for (const hash of ["#cmp-x-c0", "#cmp-x-c13", "#cmp-x-c01", "#cmp-x-c", "#cmp-y-c1", "#cmp-y-c4", "#cmp-z-c9", "#cmp-x-c1~12"])
      expect(go(hash)).toBeUndefined();
  });
  it("refuses an anchor the map cannot carry", () => {
    expect(() => anchorMovesScript({ "a~1": "/x/#a~1" })).toThrow(/a~1/);
  });
  it("escapes < so the map cannot close its script", () => {
    expect(anchorMovesScript({ a: "/x/#</script>" })).not.toContain("</script>");
  });
});
