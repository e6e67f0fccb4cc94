import { describe, expect, it } from "vitest";
import { danglingReferences, findReferences } from "../../src/lib/references.ts";

describe("findReferences", () => {
  it("finds nested references with their field paths", () => {
    const data = {
      paper: { collection: "papers", id: "paper-a" },
      locator: { paper: { collection: "papers", id: "paper-b" }, section: { collection: "sections", id: "b-1" }, page: 45 },
      related: [
        { collection: "concepts", id: "x" },
        { collection: "concepts", id: "y" },
      ],
      titleZh: "标题",
    };
    expect(findReferences(data).map((r) => `${r.field}=${r.collection}/${r.id}`)).toEqual([
      "paper=papers/paper-a",
      "locator.paper=papers/paper-b",
      "locator.section=sections/b-1",
      "related.0=concepts/x",
      "related.1=concepts/y",
    ]);
  });
  it("ignores objects that merely have an id", () => {
    expect(findReferences({ cell: { id: "a", quote: "b", collection: "c" } })).toEqual([]);
  });
});

describe("danglingReferences", () => {
  it("names the file, the field and the missing target", () => {
    const entries = [{ filePath: "content/sections/paper-a/a-2-4.mdx", data: { parent: { collection: "sections", id: "a-9" } } }];
    expect(danglingReferences(entries, () => false)).toEqual([
      'content/sections/paper-a/a-2-4.mdx: field "parent" refers to sections "a-9", which does not exist',
    ]);
    expect(danglingReferences(entries, () => true)).toEqual([]);
  });
});
