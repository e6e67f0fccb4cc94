import { describe, expect, it } from "vitest";
import { estimatePhoneHeight, isLongPage, PHONE_SCREEN } from "../../src/lib/page-length.ts";

const paragraphs = (n: number, chars = 200) => Array.from({ length: n }, () => `<p>${"字".repeat(chars)}</p>`).join("\n");

describe("estimatePhoneHeight", () => {
  it("grows with text and blocks", () => {
    expect(estimatePhoneHeight(paragraphs(2))).toBeLessThan(estimatePhoneHeight(paragraphs(4)));
    expect(estimatePhoneHeight(paragraphs(1, 400))).toBeLessThan(estimatePhoneHeight(paragraphs(4, 100)));
  });
  it("counts a diagram as a figure, not as the text of its SVG", () => {
    const svg = `<figure class="diagram"><svg><text>${"字".repeat(2000)}</text></svg></figure>`;
    expect(estimatePhoneHeight(svg)).toBeLessThan(1000);
    expect(estimatePhoneHeight(svg)).toBeGreaterThan(estimatePhoneHeight("<figure></figure>") - 1);
  });
  it("ignores what a closed <details> holds, and counts an open one", () => {
    const inside = paragraphs(20);
    expect(estimatePhoneHeight(`<details class="cite"><summary>引用</summary>${inside}</details>`)).toBeLessThan(100);
    expect(estimatePhoneHeight(`<details open><summary>引用</summary>${inside}</details>`)).toBeGreaterThan(PHONE_SCREEN);
  });
  it("ignores scripts, styles and entities' spelling", () => {
    expect(estimatePhoneHeight(`<style>${"a{}".repeat(500)}</style><script>${"x".repeat(2000)}</script>`)).toBe(0);
    expect(estimatePhoneHeight("&amp;&#x4e00;")).toBe(estimatePhoneHeight("ab"));
  });
});

describe("isLongPage", () => {
  it("is false for a page of a screen or two, true from about three screens", () => {
    expect(isLongPage(paragraphs(3))).toBe(false);
    expect(isLongPage(paragraphs(6))).toBe(false);
    expect(isLongPage(paragraphs(12))).toBe(true);
  });
});
