import { describe, expect, it } from "vitest";
import { rehypeConceptLinks } from "../../src/integrations/rehype-concept-links.ts";
import { firstMatch, indexOfTerm, sortTerms } from "../../src/lib/terms.ts";

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const TERMS = [
  { term: "新型举国体制", id: "xinxing-juguo-tizhi" },
  { term: "举国体制", id: "juguo-tizhi" },
  { term: "New whole-nation system", id: "xinxing-juguo-tizhi" },
  { term: "Whole-nation system", id: "juguo-tizhi" },
  { term: "Resource allocation", id: "ziyuan-peizhi" },
  { term: "Social experiments", id: "shehui-shiyan" },
  { term: "Social experiment", id: "shehui-shiyan" },
];

/** Run the plugin over one paragraph of `text` in the file at `path`; returns the paragraph's children. */
function link(text: string, path = "/x/content/en/sections/paper-a/a-1.mdx"): Node[] {
  const tree: Node = { type: "root", children: [{ type: "element", tagName: "p", children: [{ type: "text", value: text }] }] };
  rehypeConceptLinks({ terms: TERMS, href: (id) => `/en/concepts/${id}/` })(tree, { path });
  return tree.children?.[0]?.children ?? [];
}
const links = (nodes: Node[]) => nodes.filter((n) => n.tagName === "a").map((n) => [n.children?.[0]?.value, n.properties?.["dataConcept"]]);

describe("English names in the concept linker", () => {
  it("links the first mention of an English name, in the text's own case, and the concept only once", () => {
    const nodes = link("On this definition the new whole-nation system (xinxing juguo tizhi 新型举国体制) presupposes resource allocation by the market.");
    expect(links(nodes)).toEqual([
      ["new whole-nation system", "xinxing-juguo-tizhi"],
      ["resource allocation", "ziyuan-peizhi"],
    ]);
    expect(nodes.map((n) => n.value ?? n.children?.[0]?.value).join("")).toBe(
      "On this definition the new whole-nation system (xinxing juguo tizhi 新型举国体制) presupposes resource allocation by the market.",
    );
  });
  it("prefers the longer name at a place, and matches whole words only", () => {
    expect(links(link("Ecosystems of social experiments differ from a socialexperiment."))).toEqual([["social experiments", "shehui-shiyan"]]);
    expect(links(link("The whole-nation systems are not linked by a shorter name inside a longer word."))).toEqual([]);
  });
  it("never links a concept's page to itself, in either edition", () => {
    expect(links(link("Social experiment (shehui shiyan 社会实验) is the method.", "/x/content/en/concepts/shehui-shiyan.mdx"))).toEqual([]);
    expect(links(link("新型举国体制与举国体制。", "/x/content/concepts/xinxing-juguo-tizhi.mdx"))).toEqual([["举国体制", "juguo-tizhi"]]);
  });
});

describe("indexOfTerm", () => {
  it("finds Chinese anywhere and English names as whole words in any case", () => {
    expect(indexOfTerm("构建新型举国体制", "举国体制")).toBe(4);
    expect(indexOfTerm("the Market, not marketing", "market")).toBe(4);
    expect(indexOfTerm("marketing and the market", "market", 0)).toBe(18);
    expect(indexOfTerm("an ecosystem", "system")).toBe(-1);
  });
  it("keeps firstMatch's rule that an excluded longer name covers its letters", () => {
    const terms = sortTerms(TERMS);
    expect(firstMatch("the New whole-nation system and the whole-nation system", terms, new Set(["xinxing-juguo-tizhi"]))).toEqual({
      index: 36,
      term: { term: "Whole-nation system", id: "juguo-tizhi" },
    });
  });
});
