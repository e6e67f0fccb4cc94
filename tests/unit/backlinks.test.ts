import { describe, expect, it } from "vitest";
import { bodyBlocks, computeBacklinks, contextAround, findMention, groupMentions } from "../../src/lib/backlinks.ts";
import { conceptTerms } from "../../src/lib/terms.ts";

describe("computeBacklinks", () => {
  const terms = [...conceptTerms("juguo", "举国体制"), ...conceptTerms("tixi", "国家创新体系")];
  it("collects mentions by name, by <Ref> and by explicit listing, never self", () => {
    const links = computeBacklinks(
      [
        { id: "a-1", text: "论文讨论举国体制。", listed: [] },
        { id: "b-2", text: '见<Ref to="tixi">此</Ref>', listed: [] },
        { id: "b-3", text: "无关", listed: ["juguo"] },
        { id: "juguo", text: "举国体制本身", listed: [] },
      ],
      new Set(["juguo", "tixi"]),
      terms,
    );
    expect(links.get("juguo")).toEqual(["a-1", "b-3"]);
    expect(links.get("tixi")).toEqual(["b-2"]);
  });
  it("finds any kind of target by its links (a model element has no names to look for), and only the targets asked for", () => {
    const links = computeBacklinks(
      [
        { id: "a-4", text: '运行层面包括<Ref to="a-mech-project">项目管理机制</Ref>与举国体制。', listed: [] },
        { id: "a-mech-project", text: '<Ref to="a-mech-project">自身</Ref>', listed: [] },
        { id: "cmp-x", text: '见<Ref to="a-4">第四节</Ref>与<Ref to="a-mech-project">此</Ref>', listed: [] },
      ],
      new Set(["a-mech-project", "juguo"]),
      terms,
    );
    expect(links.get("a-mech-project")).toEqual(["a-4", "cmp-x"]);
    expect(links.get("juguo")).toEqual(["a-4"]);
    expect(links.has("a-4")).toBe(false);
  });
});

describe("mentions in context", () => {
  const terms = [...conceptTerms("juguo-tizhi", "举国体制"), ...conceptTerms("xinxing-juguo-tizhi", "新型举国体制")];
  const body = [
    "import X from './x';",
    "",
    "开头一段，不提概念。",
    "",
    "## 历史与名称",
    "",
    '论文A认为<Ref to="stage-new">新型举国体制</Ref>有三层。传统的举国体制强调<Quote>集中力量办大事</Quote>；这是第二句。<Cite to="bib-x" />',
    "",
    "- 列表一项：**新型举国体制**的特点，即“<Quote>举国</Quote>”与<Quote>“体制”</Quote>与 *juguo*",
    '- <SiteNote>本站以为<Ref to="juguo-tizhi">这一体制</Ref>值得对读。</SiteNote>',
  ].join("\n");
  const blocks = bodyBlocks(body);
  it("reads a body as the page does: headings counted, tags and marks dropped, Ref text kept with its place, quotations marked", () => {
    expect(blocks.map((b) => [b.heading, b.text])).toEqual([
      [-1, "开头一段，不提概念。"],
      [0, "论文A认为新型举国体制有三层。传统的举国体制强调“集中力量办大事”；这是第二句。"],
      [0, "列表一项：新型举国体制的特点，即“举国”与“体制”与 juguo"],
      [0, "本站以为这一体制值得对读。"],
    ]);
    expect(blocks[3]?.refs).toEqual([{ to: "juguo-tizhi", start: 4, end: 8 }]);
  });
  it("finds a concept by name outside longer names, or by a link to it, whichever comes first", () => {
    expect(findMention(blocks[1] ?? { text: "", refs: [] }, "juguo-tizhi", terms)).toEqual({ start: 18, end: 22 });
    expect(findMention(blocks[1] ?? { text: "", refs: [] }, "xinxing-juguo-tizhi", terms)).toEqual({ start: 5, end: 11 });
    expect(findMention(blocks[3] ?? { text: "", refs: [] }, "juguo-tizhi", terms)).toEqual({ start: 4, end: 8 });
    expect(findMention(blocks[0] ?? { text: "", refs: [] }, "juguo-tizhi", terms)).toBeNull();
  });
  it("shows the sentence around a mention, cut to the window with an ellipsis", () => {
    const text = blocks[1]?.text ?? "";
    expect(contextAround(text, 18, 22, 40)).toEqual({ before: "传统的", term: "举国体制", after: "强调“集中力量办大事”；" });
    expect(contextAround(text, 18, 22, 2)).toEqual({ before: "…统的", term: "举国体制", after: "强调…" });
    expect(contextAround("The national laboratory. Next.", 4, 23, 80)).toEqual({ before: "The ", term: "national laboratory", after: "." });
    // A Latin word is never cut in two.
    expect(contextAround("Many research units and a national laboratory drive innovation today", 26, 45, 10)).toEqual({
      before: "…and a ",
      term: "national laboratory",
      after: " drive…",
    });
  });
  it("groups mentions by paper in a fixed order, folding all but the first few", () => {
    const item = (label: string, group: string) => ({ label, href: `/${label}/`, kindLabel: "章节", group });
    const groups = groupMentions(
      [item("b1", "paper-b"), item("a1", "paper-a"), item("a2", "paper-a"), item("a3", "paper-a"), item("s", "")],
      [
        { key: "paper-a", label: "论文A" },
        { key: "paper-b", label: "论文B" },
        { key: "", label: "本站" },
        { key: "none", label: "空" },
      ],
      2,
    );
    expect(groups.map((g) => [g.label, g.shown.map((i) => i.label), g.folded.map((i) => i.label)])).toEqual([
      ["论文A", ["a1", "a2"], ["a3"]],
      ["论文B", ["b1"], []],
      ["本站", ["s"], []],
    ]);
  });
});

describe("an element's mention in a section body", () => {
  const terms = conceptTerms("juguo-tizhi", "举国体制");
  const body = [
    "## 价值层面",
    "",
    "举国体制的价值层面另有所述。",
    "",
    "## 运行层面",
    "",
    '第一句不相干。运行层面包括规划、<Ref to="a-mech-project">项目管理</Ref>和市场机制等，举国体制借此运转。末句。',
  ].join("\n");
  const blocks = bodyBlocks(body);
  const at = blocks.findIndex((b) => findMention(b, "a-mech-project", terms) !== null);
  it("is found in the block under the heading it falls under, by its link only", () => {
    expect(at).toBe(1);
    expect(blocks[at]?.heading).toBe(1);
    // The element has no names of its own: the concept's name earlier in the block does not count for it.
    expect(findMention(blocks[0] ?? { text: "", refs: [] }, "a-mech-project", terms)).toBeNull();
  });
  it("gives the sentence around the link, the linked words to be marked", () => {
    const block = blocks[at] ?? { text: "", refs: [] };
    const found = findMention(block, "a-mech-project", terms);
    expect(found).not.toBeNull();
    expect(contextAround(block.text, found?.start ?? 0, found?.end ?? 0, 32)).toEqual({
      before: "运行层面包括规划、",
      term: "项目管理",
      after: "和市场机制等，举国体制借此运转。",
    });
  });
});

describe("a link in a table row", () => {
  it("keeps its place when the row's cell separators and spaces are dropped", () => {
    const [row] = bodyBlocks('| <Ref to="a-party-enterprises">企业</Ref> |  技术创新的研发投资 |');
    expect(row?.text).toBe("企业 技术创新的研发投资");
    expect(row?.refs).toEqual([{ to: "a-party-enterprises", start: 0, end: 2 }]);
    const found = findMention(row ?? { text: "", refs: [] }, "a-party-enterprises", []);
    expect(contextAround(row?.text ?? "", found?.start ?? 0, found?.end ?? 0, 32)).toEqual({ before: "", term: "企业", after: " 技术创新的研发投资" });
  });
  it("a window cut after an opening bracket drops the bracket before the ellipsis", () => {
    const text = "前文。论文A在四(三)至四（四）讨论项目运行机制，后文很长很长。";
    const at = text.indexOf("四(三)");
    expect(contextAround(text, at, at + 4, 2).after).toBe("至四…");
    expect(contextAround(text, at, at + 4, 4).after).toBe("至四（四…");
  });
});
