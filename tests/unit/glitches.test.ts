import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { glitchesIn, repeatedListEntries, visibleLines } from "../helpers/glitches.ts";

// The detector behind tests/site/glitches.test.ts, on the glitches issue #17 found and on text that must pass.
const lines = (html: string) => visibleLines(parse(`<main>${html}</main>`));
const rules = (html: string) => glitchesIn(lines(html)).map((h) => h.rule);

describe("visibleLines", () => {
  it("joins inline elements, breaks at blocks, and shows the marks a <q> adds", () => {
    expect(lines('<p><span class="n">摘要</span><a>摘要</a></p><p>下一段</p>')).toEqual(["摘要摘要", "下一段"]);
    expect(lines("<p>坚持<q>“全国一盘棋”思想</q>。</p>")).toEqual(["坚持““全国一盘棋”思想”。"]);
    expect(lines("<p><q>外<q>内</q></q></p>")).toEqual(["“外‘内’”"]);
    expect(lines("<dl><dt>摘要</dt><dd>摘要的说明</dd></dl>")).toEqual(["摘要", "摘要的说明"]);
    expect(lines("<p>看得见<span hidden>看不见</span><script>x</script></p>")).toEqual(["看得见"]);
  });
});

describe("glitchesIn", () => {
  it.each([
    ["<p>原文位置：论文B › <a>摘要摘要</a></p>", "doubled CJK word"],
    ["<p><a>AbstractAbstract</a></p>", "doubled Latin word"],
    ['<p lang="en">see the the paper</p>', "doubled Latin word"],
    ["<p>大力坚持<q>“全国一盘棋”(管理)思想</q></p>", "doubled punctuation"],
    ["<p>句子。。</p>", "doubled punctuation"],
    ["<p>一，，二</p>", "doubled punctuation"],
    ["<p>一，。</p>", "colliding punctuation"],
    ["<p>（（一）</p>", "doubled bracket"],
  ])("%s: %s", (html, rule) => {
    expect(rules(html)).toContain(rule);
  });
  it.each([
    "<p>第三节（二）1的模型（见第三节（二））</p>",
    "<p>论文B › 摘要</p>",
    "<p>“大团结、大协作、大会战”的精神理念……</p>",
    '<p lang="en">murmur, Bonbon</p>',
    "<p><q>‘全国一盘棋’(管理)思想</q>。</p>",
  ])("passes %s", (html) => {
    expect(glitchesIn(lines(html))).toEqual([]);
  });
});

describe("repeatedListEntries", () => {
  it("names an entry a list prints twice, by its visible text", () => {
    const doc = parse("<main><ul><li><a>科学统筹的整体规划机制</a> · 论文A</li><li><a>科学统筹的整体规划机制</a> · 论文A</li><li>资源配置</li></ul></main>");
    expect(repeatedListEntries(doc)).toEqual(["科学统筹的整体规划机制 · 论文A"]);
    expect(repeatedListEntries(parse("<ul><li>资源配置 · 论文A</li><li>资源配置 · 论文B</li></ul>"))).toEqual([]);
  });
});
