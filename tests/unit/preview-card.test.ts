import { describe, expect, it } from "vitest";
import { CARD_MAX_BYTES, cardFile, cardJson, firstSentences, mdxText } from "../../src/lib/preview-card.ts";

describe("cardFile", () => {
  it("derives a card's file from the unit's address: a page, or an anchor on a page", () => {
    expect(cardFile("concepts/juguo-tizhi/")).toBe("preview/concepts/juguo-tizhi/index.json");
    expect(cardFile("table-1/#dim-goal")).toBe("preview/table-1/dim-goal.json");
    expect(cardFile("compare/cmp-actors/#cmp-actors-c1")).toBe("preview/compare/cmp-actors/cmp-actors-c1.json");
    expect(cardFile("table-1/")).not.toBe(cardFile("table-1/#index-x"));
  });
});

describe("firstSentences", () => {
  it("keeps two sentences when they fit and one when they do not", () => {
    expect(firstSentences("第一句。第二句。第三句。", 20)).toBe("第一句。第二句。");
    expect(firstSentences("第一句比较长一些。第二句。", 10)).toBe("第一句比较长一些。");
    expect(firstSentences("Paper A says x. It also says y. And z.", 32)).toBe("Paper A says x. It also says y.");
  });
  it("does not end a sentence inside a number or after a closing quotation it keeps", () => {
    expect(firstSentences("论文称之为“计划引领。”随后分述三点。再一句。", 30)).toBe("论文称之为“计划引领。”随后分述三点。");
    expect(firstSentences("It grew by 3.5 per cent. Then it fell.", 100)).toBe("It grew by 3.5 per cent. Then it fell.");
  });
  it("cuts a first sentence longer than the limit with an ellipsis", () => {
    expect(firstSentences("一二三四五六七八九十。", 5)).toBe("一二三四…");
  });
});

describe("mdxText", () => {
  const title = (id: string) => (id === "stage-new" ? "新型举国体制建构阶段" : id);
  it("reads the prose: quotations in marks, Ref labels, no site notes, headings, citations or Markdown marks", () => {
    const body = [
      "## 小标题",
      "",
      '本节写<Quote>计划引领</Quote>，见<Ref to="stage-new">第三阶段</Ref>与<Ref to="stage-new" />。<Cite to="bib-x" />',
      "",
      "<SiteNote>本站的推断。</SiteNote>",
      "",
      "1. **第一点**；",
      "2. [第二点](/x/)。",
    ].join("\n");
    expect(mdxText(body, title, false)).toBe("本节写“计划引领”，见第三阶段与新型举国体制建构阶段。第一点；第二点。");
  });
  it("gives a quotation's translation beside it in the English edition", () => {
    expect(mdxText('Paper A speaks of <Quote en="planned guidance">计划引领</Quote>.', title, true)).toBe("Paper A speaks of “计划引领” (planned guidance).");
  });
});

describe("cardJson", () => {
  it("keeps a card within CARD_MAX_BYTES by shortening its summary", () => {
    const card = { t: "标题", k: "概念", s: "长".repeat(600), u: "/concepts/x/" };
    const json = cardJson(card);
    expect(new TextEncoder().encode(json).length).toBeLessThanOrEqual(CARD_MAX_BYTES);
    expect((JSON.parse(json) as { s: string }).s.endsWith("…")).toBe(true);
    expect(cardJson({ ...card, s: "短。" })).toBe(JSON.stringify({ ...card, s: "短。" }));
  });
});
