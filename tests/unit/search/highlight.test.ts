import { describe, expect, it } from "vitest";
import { decodeEntities, excerptText, highlight, highlightTerms, type TextSpan } from "../../../src/lib/search/highlight.ts";
import { parseQuery } from "../../../src/lib/search/query.ts";

/** The spans written with [brackets] around the marked runs. */
function marked(text: string, query: string): string {
  return highlight(text, parseQuery(query))
    .map((s: TextSpan) => (s.mark ? `[${s.text}]` : s.text))
    .join("");
}

describe("highlightTerms", () => {
  it("keeps the whole query, its parts and its words of two or more characters, longest first", () => {
    expect(highlightTerms(parseQuery("互动者"))).toEqual(["互动者", "互动"]);
    expect(highlightTerms(parseQuery("国家实验室 市场"))).toEqual(["国家实验室市场", "国家实验室", "实验室", "市场", "国家", "实验"]);
    expect(highlightTerms(parseQuery("“新型举国体制的构成”"))).toContain("新型举国体制的构成");
  });
  it("keeps a single character only when it is the whole query", () => {
    expect(highlightTerms(parseQuery("者"))).toEqual(["者"]);
    expect(highlightTerms(parseQuery("举国体制"))).toEqual(["举国体制", "举国", "体制"]);
  });
});

describe("highlight", () => {
  it("marks 互动者 as one run, and never a lone 者", () => {
    expect(marked("创新行动者 互动者 Interactors. 生产者、互动者和参与者", "互动者")).toBe("创新行动者 [互动者] Interactors. 生产者、[互动者]和参与者");
    const spans = highlight("参与者、生产者与互动者", parseQuery("互动者"));
    expect(spans.filter((s) => s.mark).map((s) => s.text)).toEqual(["互动者"]);
  });

  it("marks a word of the query on its own where the whole query is absent (but not its lone characters)", () => {
    expect(marked("社会体系互动。本站读来，这里出现的生产者", "互动者")).toBe("社会体系[互动]。本站读来，这里出现的生产者");
  });

  it("marks the whole term where Pagefind's words would split it (举|国体|制)", () => {
    expect(marked("受传统举国体制的影响，建立社会主义市场经济体制，一国范围", "举国体制")).toBe("受传统[举国体制]的影响，建立社会主义市场经济[体制]，一国范围");
  });

  it("marks each typed part, merging touching marks into one", () => {
    expect(marked("依托国家重大科技项目与国家实验室，结合市场", "国家实验室 市场")).toBe("依托[国家]重大科技项目与[国家实验室]，结合[市场]");
    expect(marked("揭榜挂帅", "揭榜 挂帅")).toBe("[揭榜挂帅]");
  });

  it("ignores spaces, punctuation and case, and marks whole Latin words", () => {
    expect(marked("技术实验—扩散模式", "技术实验扩散模式")).toBe("[技术实验—扩散模式]");
    expect(marked("The National Innovation Systems of China", "national innovation system")).toBe("The [National Innovation Systems] of China");
    expect(marked("international innovation", "national")).toBe("international innovation");
    expect(marked("ＡＩ与大数据", "ai")).toBe("[ＡＩ]与大数据");
  });

  it("marks a one-character query, which is the whole query", () => {
    expect(marked("生产者与互动者", "者")).toBe("生产[者]与互动[者]");
  });

  it("keeps the text as it was, marks or not", () => {
    const text = "论文B说：政产学研用“一体化”（见图1）。";
    for (const q of ["政产学研用", "一体化", "图1", "xylophone"])
      expect(
        highlight(text, parseQuery(q))
          .map((s) => s.text)
          .join(""),
      ).toBe(text);
    expect(highlight("", parseQuery("互动者"))).toEqual([]);
  });
});

describe("excerptText", () => {
  it("drops Pagefind's marks and decodes its character references", () => {
    expect(excerptText("创新行动<mark>者 </mark><mark>互动</mark><mark>者 </mark>R&amp;D &lt;b&gt; &#8212; &#x4e00;")).toBe("创新行动者 互动者 R&D <b> — 一");
    expect(decodeEntities("&unknown; &amp")).toBe("&unknown; &amp");
  });
});
