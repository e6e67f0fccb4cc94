import { describe, expect, it } from "vitest";
import { assertUniqueIds, idFromFile } from "../../src/lib/ids.ts";

describe("idFromFile", () => {
  it.each([
    ["content/stages/stage-new.mdx", "stage-new"],
    ["content/sections/paper-a/a-2-4.mdx", "a-2-4"],
    ["content/elements/paper-b/b-ind-governance.mdx", "b-ind-governance"],
  ])("%s → %s", (file, id) => {
    expect(idFromFile(file)).toBe(id);
  });
  it.each(["content/stages/Stage-New.mdx", "content/x/a--b.mdx", "content/x/举国.mdx", "content/x/a_b.mdx", "content/x/-a.mdx"])(
    "rejects %s, naming the file and the field",
    (file) => {
      expect(() => idFromFile(file)).toThrow(new RegExp(`${file.replace(/[.]/g, "\\.")}: field "id"`));
    },
  );
});

describe("assertUniqueIds", () => {
  it("accepts distinct ids", () => {
    expect(() =>
      assertUniqueIds([
        { id: "a", where: "x" },
        { id: "b", where: "y" },
      ]),
    ).not.toThrow();
  });
  it("names both places of a duplicate", () => {
    expect(() =>
      assertUniqueIds([
        { id: "a", where: "stage x" },
        { id: "a", where: "concept y" },
      ]),
    ).toThrow(/duplicate id "a".*stage x.*concept y/);
  });
});
