import { describe, expect, it } from "vitest";
import type { PaperFacts } from "../../../src/lib/cite/citations.ts";
import { articleReference, highwireTags, jsonLd, jsonLdText, pageTags, scholarlyArticle } from "../../../src/lib/cite/head-meta.ts";

const PAPER_B: PaperFacts = {
  id: "paper-b",
  labelZh: "论文B",
  title: "构建以技术社会实验为导向的新型举国体制",
  authors: [
    { family: "张", given: "正清" },
    { family: "王", given: "娜" },
  ],
  journal: "云南社会科学",
  year: 2022,
  issue: "4",
  language: "zh-CN",
};
const PAPER_A: PaperFacts = { id: "paper-a", labelZh: "论文A", reprint: { nameZh: "复印报刊资料《中国政治》", year: 2022, issue: "2" }, language: "zh-CN" };
const PAGE = {
  title: "论文B 三（二）1. 构成要素与核心指标",
  description: "d",
  url: "https://kb.example.org/paper-b/b-3-2-1/",
  siteName: "新型举国体制比较知识库",
  license: "https://creativecommons.org/licenses/by/4.0/",
  language: "zh-CN",
  modified: "2026-11-23",
};

describe("highwireTags", () => {
  it("gives reference managers the known fields of Paper B, and no first page (unknown)", () => {
    expect(highwireTags(PAPER_B).map((t) => `${t.key}=${t.content}`)).toEqual([
      "citation_title=构建以技术社会实验为导向的新型举国体制",
      // Zotero's Embedded Metadata translator splits a citation_author at its comma: lastName 张, firstName 正清.
      "citation_author=张, 正清",
      "citation_author=王, 娜",
      "citation_publication_date=2022",
      "citation_journal_title=云南社会科学",
      "citation_issue=4",
      "citation_language=zh-CN",
    ]);
  });
  it("gives nothing for Paper A, whose title and authors are unknown", () => {
    expect(highwireTags(PAPER_A)).toEqual([]);
  });
});

describe("pageTags", () => {
  it("describes the site's page in Dublin Core and Open Graph", () => {
    const tags = new Map(pageTags(PAGE).map((t) => [t.key, t.content]));
    expect(tags.get("DC.title")).toBe(PAGE.title);
    expect(tags.get("DC.date")).toBe("2026-11-23");
    expect(tags.get("DC.creator")).toBe("新型举国体制比较知识库");
    expect(tags.get("og:url")).toBe(PAGE.url);
    expect(tags.get("og:locale")).toBe("zh_CN");
  });
  it("makes the site's pages an Open Graph website (Zotero: a web page of the site), a paper's pages an article", () => {
    const site = new Map(pageTags(PAGE).map((t) => [t.key, t.content]));
    expect(site.get("og:type")).toBe("website");
    expect(site.get("og:site_name")).toBe("新型举国体制比较知识库");
    expect(site.has("article:modified_time")).toBe(false);
    const article = new Map(pageTags({ ...PAGE, type: "article" }).map((t) => [t.key, t.content]));
    expect(article.get("og:type")).toBe("article");
    // The record saved from a paper's page is the paper's: the site's licence must not become its rights.
    expect(article.has("DC.rights")).toBe(false);
  });
});

describe("schema.org", () => {
  it("describes Paper B as a ScholarlyArticle in its journal issue", () => {
    expect(scholarlyArticle(PAPER_B)).toMatchObject({
      "@type": "ScholarlyArticle",
      name: PAPER_B.title,
      isPartOf: { issueNumber: "4", isPartOf: { name: "云南社会科学" } },
    });
  });
  it("describes Paper A without a name or authors, through its reprint", () => {
    const article = scholarlyArticle(PAPER_A);
    expect(article).not.toHaveProperty("name");
    expect(article).not.toHaveProperty("author");
    expect(article).toMatchObject({ publication: { name: "复印报刊资料《中国政治》2022年第2期", startDate: "2022" } });
  });
  it("gives Paper A no publication date and no original issue: only the reprint's year is known", () => {
    const article = scholarlyArticle(PAPER_A);
    expect(article).not.toHaveProperty("datePublished");
    expect(article).not.toHaveProperty("isPartOf");
  });
  it("makes concept pages a WebPage whose main entity is a DefinedTerm", () => {
    expect(jsonLd(PAGE, undefined, { name: "举国体制", alternateName: "whole-nation system" })).toMatchObject({
      "@type": "WebPage",
      mainEntity: { "@type": "DefinedTerm", name: "举国体制" },
    });
  });
  it("describes the paper in full, under its @id, on the paper's own page, and refers to that @id from its other pages", () => {
    const id = "https://example.org/paper-b/#article";
    const unit = (kind: "paper" | "section") => ({ kind, paper: PAPER_B }) as unknown as Parameters<typeof jsonLd>[1];
    const full = jsonLd(PAGE, unit("paper"), undefined, id)["about"] as Record<string, unknown>;
    expect(full).toMatchObject({ "@type": "ScholarlyArticle", "@id": id, headline: PAPER_B.title, isPartOf: { issueNumber: "4" } });
    const reference = jsonLd(PAGE, unit("section"), undefined, id)["about"];
    expect(reference).toEqual({ "@type": "ScholarlyArticle", "@id": id, name: PAPER_B.title });
    expect(articleReference(PAPER_A, id)).toEqual({ "@type": "ScholarlyArticle", "@id": id });
  });
  it("escapes < so no string can close the script element", () => {
    expect(jsonLdText({ name: "</script>" })).toBe('{"name":"\\u003c/script>"}');
  });
});
