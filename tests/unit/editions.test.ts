import { describe, expect, it } from "vitest";
import { counterpartPath, editionBase } from "../../src/lib/i18n/editions.ts";
import { enKey, compareBodies, compareFields, translatablePaths } from "../../src/lib/i18n/translation.ts";

describe("the two editions' addresses", () => {
  it("put the English under en/ at the same path", () => {
    expect(editionBase("/", "en")).toBe("/en/");
    expect(editionBase("/kb/", "zh")).toBe("/kb/");
    expect(counterpartPath("/stages/stage-new/", "/", "zh", "en")).toBe("/en/stages/stage-new/");
    expect(counterpartPath("/kb/en/concepts/juguo-tizhi/", "/kb/", "en", "zh")).toBe("/kb/concepts/juguo-tizhi/");
    expect(counterpartPath("/", "/", "zh", "en")).toBe("/en/");
    expect(counterpartPath("/kb/en/", "/kb/", "en", "zh")).toBe("/kb/");
  });
  it("send the not-found page to the other edition's not-found file", () => {
    expect(counterpartPath("/404/", "/", "zh", "en")).toBe("/en/404.html");
    expect(counterpartPath("/kb/en/404.html", "/kb/", "en", "zh")).toBe("/kb/404.html");
  });
});

describe("what a translation must carry", () => {
  it("lists every Chinese string by path, and keys quotations and titles as <path>.en", () => {
    const paths = translatablePaths({ titleZh: "举国体制", summaryZh: "论文A…", quote: "原文", locators: [{ note: "第三段", paper: "paper-a" }], order: 1 });
    expect(paths.map((p) => p.path)).toEqual(["summaryZh", "quote", "locators.0.note"]);
    expect(paths.map((p) => enKey(p.path))).toEqual(["summaryZh", "quote.en", "locators.0.note"]);
  });
  it("names a missing, an empty and a stray field", () => {
    const required = [{ path: "summaryZh" }, { path: "quote" }, { path: "note" }];
    expect(compareFields(required, { summaryZh: "Paper A …", "quote.en": "", stray: "x" })).toEqual([
      'field "fields.quote.en" is missing or empty',
      'field "fields.note" is missing or empty',
      'field "fields.stray" has no Chinese counterpart (not a Chinese string in the source)',
    ]);
  });
  it("keeps every quotation verbatim and in order, each with its English, and the same links, notes, diagrams and headings", () => {
    const zh = '## 概述\n\n论文说<Quote>原文一</Quote>，又说<Quote>原文二</Quote>。见<Ref to="a-1">第一节</Ref>。\n\n<SiteNote>推断</SiteNote>';
    expect(
      compareBodies(
        zh,
        '## Overview\n\nIt says <Quote en="one">原文一</Quote> and <Quote en="two">原文二</Quote>. See <Ref to="a-1">section 1</Ref>.\n\n<SiteNote>An inference</SiteNote>',
      ),
    ).toEqual([]);
    const problems = compareBodies(zh, 'It says <Quote>原文二</Quote>. See <Ref to="a-2">x</Ref>.');
    expect(problems.some((p) => p.includes("missing “原文一”"))).toBe(true);
    expect(problems.some((p) => p.includes('has no en="…" rendering'))).toBe(true);
    expect(problems.some((p) => p.includes("<Ref>/<Cite> targets differ"))).toBe(true);
    expect(problems.some((p) => p.includes("<SiteNote>"))).toBe(true);
    expect(problems.some((p) => p.includes("headings differ"))).toBe(true);
  });
});
