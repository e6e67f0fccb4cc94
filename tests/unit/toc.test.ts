import { describe, expect, it } from "vitest";
import { tocFromHeadings } from "../../src/lib/toc.ts";

describe("tocFromHeadings", () => {
  const headings = [
    { depth: 2, slug: "a", text: "甲" },
    { depth: 3, slug: "b", text: "乙" },
    { depth: 4, slug: "c", text: "丙" },
    { depth: 2, slug: "d", text: "丁" },
  ];
  it.each([
    [3, ["a", "b", "d"]],
    [2, ["a", "d"]],
  ] as const)("down to h%i lists %j", (depth, ids) => {
    expect(tocFromHeadings(headings, depth).map((t) => t.id)).toEqual(ids);
  });
  it("keeps each heading's text and depth", () => {
    expect(tocFromHeadings(headings)[1]).toEqual({ id: "b", label: "乙", depth: 3 });
  });
});
