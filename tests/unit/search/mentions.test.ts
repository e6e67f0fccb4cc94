import { describe, expect, it } from "vitest";
import { mentionedPapers, type PageAnchor, type PageForMentions } from "../../../src/lib/search/mentions.ts";
import { parseQuery } from "../../../src/lib/search/query.ts";

/** A page built from parts, each opened by an anchor (or none), its words joined by zero-width spaces as Pagefind stores them. */
function page(url: string, papers: string[], parts: [PageAnchor | null, string[]][], names: string[] = []): PageForMentions {
  const words: string[] = [];
  const anchors: PageAnchor[] = [];
  for (const [anchor, text] of parts) {
    if (anchor !== null) anchors.push({ ...anchor, location: words.length });
    words.push(...text);
  }
  return { url, papers, names, rawContent: words.join("\u200B"), anchors };
}
const h = (element: string, id: string): PageAnchor => ({ element, id, location: 0 });
const NONE = new Map<string, readonly string[]>();

// A concept both papers share: a summary, each paper's section, then lists of related and mentioning pages.
const concept = page(
  "/concepts/shichang/",
  ["paper-a", "paper-b"],
  [
    [null, ["市场", "在", "资源", "配置", "中", "的", "决定性", "作用"]],
    [h("h2", "views"), ["两篇", "论文", "的", "论述"]],
    [h("h3", "view-paper-a"), ["论文A", "国外", "通过", "揭榜", "挂帅", "调动", "全球", "资源"]],
    [h("h3", "view-paper-b"), ["论文B", "只", "在", "文献", "评述", "中", "记录", "决定性", "作用"]],
    [h("h2", "related"), ["相关", "概念", "揭榜", "挂帅", "双", "循环"]],
    [h("h2", "backlinks"), ["国外", "市场", "：", "揭榜", "挂帅", "与", "双", "循环", "·", "论文B"]],
  ],
);

describe("mentionedPapers", () => {
  it("counts a page of one paper for that paper", () => {
    const single = page("/paper-a/a-3-5/", ["paper-a"], [[null, ["揭榜", "挂帅"]]]);
    expect(mentionedPapers(parseQuery("揭榜挂帅"), single, NONE)).toEqual(["paper-a"]);
  });

  it("counts a shared concept page for the paper whose section has the query, not for its summary or link lists", () => {
    expect(mentionedPapers(parseQuery("揭榜挂帅"), concept, NONE)).toEqual(["paper-a"]);
    expect(mentionedPapers(parseQuery("决定性作用"), concept, NONE)).toEqual(["paper-b"]);
    expect(mentionedPapers(parseQuery("双循环"), concept, NONE)).toEqual([]);
    expect(mentionedPapers(parseQuery("资源"), concept, NONE)).toEqual(["paper-a"]);
  });

  it("keeps a section to the next heading of its rank or higher", () => {
    const nested = page(
      "/concepts/x/",
      ["paper-a", "paper-b"],
      [
        [h("h3", "view-paper-a"), ["论文A"]],
        [h("h4", "detail"), ["集聚"]],
        [h("h3", "view-paper-b"), ["论文B", "扩散"]],
        [h("h2", "related"), ["集聚", "扩散"]],
      ],
    );
    expect(mentionedPapers(parseQuery("集聚"), nested, NONE)).toEqual(["paper-a"]);
    expect(mentionedPapers(parseQuery("扩散"), nested, NONE)).toEqual(["paper-b"]);
  });

  it("counts a shared page for both papers when the query names it", () => {
    const named = page(
      "/concepts/guojia-chuangxin-tixi/",
      ["paper-a", "paper-b"],
      [[null, ["National", "innovation", "system"]]],
      ["国家创新体系", "National innovation system"],
    );
    expect(mentionedPapers(parseQuery("national innovation system"), named, NONE)).toEqual(["paper-a", "paper-b"]);
  });

  it("counts the entries of a shared page (events, works cited) for the papers they belong to", () => {
    const timeline = page(
      "/timeline/",
      ["paper-a", "paper-b"],
      [
        [null, ["政策", "线索"]],
        [{ element: "li", id: "event-a", title: "十九大", location: 0 }, ["2017", "党的", "十九大", "报告"]],
        [{ element: "li", id: "event-b", title: "规划", location: 0 }, ["2016", "十三五", "规划"]],
      ],
    );
    const entries = new Map<string, readonly string[]>([
      ["/timeline/#event-a", ["paper-a"]],
      ["/timeline/#event-b", ["paper-b"]],
    ]);
    expect(mentionedPapers(parseQuery("十九大"), timeline, entries)).toEqual(["paper-a"]);
    expect(mentionedPapers(parseQuery("十三五"), timeline, entries)).toEqual(["paper-b"]);
    expect(mentionedPapers(parseQuery("政策线索"), timeline, entries)).toEqual([]);
  });

  it("reads text split by white space when the page has no zero-width spaces, and decodes references", () => {
    const english = {
      url: "/compare/",
      papers: ["paper-a", "paper-b"],
      names: [],
      rawContent: "intro R&amp;D view",
      anchors: [{ element: "h3", id: "view-paper-b", location: 1 }],
    };
    expect(mentionedPapers(parseQuery("R&D"), english, NONE)).toEqual(["paper-b"]);
    expect(mentionedPapers(parseQuery("intro"), english, NONE)).toEqual([]);
  });
});
