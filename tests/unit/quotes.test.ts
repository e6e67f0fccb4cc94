import { describe, expect, it } from "vitest";
import { nestQuotes, nestQuotesInHtml } from "../../src/lib/quotes.ts";

// <q> adds the outer “…”; what the quotation itself quotes is printed with single marks inside them.
describe("nestQuotes", () => {
  it.each([
    ["“全国一盘棋”(管理)思想", "‘全国一盘棋’(管理)思想"],
    ["实现“卡脖子”技术领域的重大突破", "实现‘卡脖子’技术领域的重大突破"],
    ["“a”和“b”", "‘a’和‘b’"],
    // A quotation that is wholly one quoted phrase keeps the one pair <q> adds.
    ["“指挥棒”", "指挥棒"],
    ["“统一指挥、统一协调、统一调度”", "统一指挥、统一协调、统一调度"],
    ["没有引号", "没有引号"],
  ])("%s → %s", (text, expected) => {
    expect(nestQuotes(text)).toBe(expected);
  });
  it("changes text, not tags or attributes", () => {
    expect(nestQuotesInHtml('<a href="/x/" title="“t”">“杀手锏”</a>技术')).toBe('<a href="/x/" title="“t”">‘杀手锏’</a>技术');
    expect(nestQuotesInHtml('“<a href="/x/">指挥棒</a>”')).toBe('<a href="/x/">指挥棒</a>');
  });
});
