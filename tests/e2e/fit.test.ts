/**
 * Diagrams and tables on a 390×844 phone: nothing is cut off without the reader knowing, diagram labels stay legible,
 * and no table squeezes a column to a character or two per line. Every page of the build that shows a diagram or a
 * table is checked.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UI } from "../../src/i18n/ui.ts";
import { UI_EN } from "../../src/i18n/ui.en.ts";
import { startSite, type Site } from "../helpers/browser.ts";
import { htmlFiles, page as builtPage } from "../helpers/dist.ts";

/** The phone the issue was tried on. */
const PHONE = { width: 390, height: 844 };
/** Smallest diagram label a reader should have to read, in CSS px. */
const MIN_LABEL_PX = 12;
/** Narrowest a table cell's text may get, in characters of its own font size (CJK characters are 1em wide). */
const MIN_CELL_CHARS = 3;

/** Site paths ("paper-b/matrix/") of every built page with a diagram or a table in its main content. */
const pages = htmlFiles()
  .filter((file) => builtPage(file).querySelector("main figure.diagram, main table") !== null)
  .map((file) => file.replace(/index\.html$/, ""));

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

async function openPhone(path: string, colorScheme: "light" | "dark" = "light") {
  const context = await site.browser.newContext({ colorScheme, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: "load" });
  return { page, context };
}

/**
 * Everything in <main> that reaches past the column: each as a description, unless it sits in a scroll container the
 * reader can find (focusable, named, and described by a visible hint that says to swipe). Also the page's own sideways scroll.
 */
function cutOff(page: Page, hint: string): Promise<string[]> {
  return page.evaluate((hint) => {
    const main = document.querySelector("main");
    if (main === null) return ["no <main>"];
    const column = main.getBoundingClientRect();
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length > 0 ? `.${[...el.classList].join(".")}` : ""}`;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && style.display !== "none";
    };
    const problems = new Set<string>();
    if (document.documentElement.scrollWidth > window.innerWidth)
      problems.add(`the page scrolls sideways by ${document.documentElement.scrollWidth - window.innerWidth}px`);
    // An inline SVG is measured as a whole (it clips its own drawing).
    for (const el of main.querySelectorAll(":not(svg *)")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || (box.right <= column.right + 1 && box.left >= column.left - 1)) continue;
      // What clips it: the nearest ancestor inside <main> that does not let it overflow.
      let clip: Element | null = el.parentElement;
      while (clip !== null && clip !== main && getComputedStyle(clip).overflowX === "visible") clip = clip.parentElement;
      if (clip === null || clip === main) {
        problems.add(`${describe(el)} is ${Math.round(box.width)}px wide and leaves the ${Math.round(column.width)}px column`);
        continue;
      }
      const scroller = clip as HTMLElement;
      // A line cut with a visible "…" (a long breadcrumb on a phone) tells the reader it goes on; the page's title names it in full.
      if (getComputedStyle(scroller).textOverflow === "ellipsis") continue;
      const overflowX = getComputedStyle(scroller).overflowX;
      if (overflowX !== "auto" && overflowX !== "scroll") {
        problems.add(`${describe(scroller)} clips ${describe(el)} (overflow-x: ${overflowX})`);
        continue;
      }
      if (scroller.scrollWidth <= scroller.clientWidth + 1) continue;
      const hints = (scroller.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter((h) => h !== null);
      const shown = hints.some((h) => visible(h) && (h.textContent ?? "").includes(hint));
      const named = scroller.hasAttribute("aria-label") || scroller.hasAttribute("aria-labelledby");
      if (!shown)
        problems.add(`${describe(scroller)} scrolls sideways (${scroller.scrollWidth}px in ${scroller.clientWidth}px) without a visible hint “${hint}”`);
      if (scroller.tabIndex < 0 || !named) problems.add(`${describe(scroller)} scrolls sideways but cannot be focused and named (tabindex=0 and aria-label)`);
    }
    return [...problems];
  }, hint);
}

/** Every visible diagram label drawn smaller than `min` px: its text and its size on screen. */
function smallLabels(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>("main figure.diagram svg")) {
      if (svg.getBoundingClientRect().width === 0) continue;
      for (const text of svg.querySelectorAll("text")) {
        const label = (text.textContent ?? "").trim();
        const ctm = text.getScreenCTM();
        if (label === "" || ctm === null) continue;
        // Each run of characters has the font size of the element that holds it; the text's transform scales them all.
        const scale = Math.hypot(ctm.a, ctm.b);
        const holders = [text, ...text.querySelectorAll("tspan")].filter((el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== ""),
        );
        const px = Math.min(...holders.map((el) => parseFloat(getComputedStyle(el).fontSize) * scale));
        if (px < min - 0.05) small.push(`${svg.closest("figure")?.id ?? "?"}: “${label.slice(0, 20)}” at ${px.toFixed(1)}px`);
      }
    }
    return small;
  }, min);
}

/** Every visible table cell whose text box is narrower than `chars` characters of its font: where, and how many fit. */
function narrowCells(page: Page, chars: number): Promise<string[]> {
  return page.evaluate((chars) => {
    const narrow: string[] = [];
    for (const cell of document.querySelectorAll<HTMLTableCellElement>("main th, main td")) {
      const style = getComputedStyle(cell);
      if (cell.getBoundingClientRect().width === 0 || style.display === "none" || (cell.textContent ?? "").trim() === "") continue;
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const em = parseFloat(style.fontSize);
      if (inner < chars * em - 1)
        narrow.push(
          `${cell.closest("table")?.querySelector("caption")?.textContent?.trim().slice(0, 16) ?? "table"} › “${(cell.textContent ?? "").trim().slice(0, 12)}”: ${(inner / em).toFixed(1)} characters wide`,
        );
    }
    return narrow;
  }, chars);
}

describe(`diagrams and tables on a ${PHONE.width}×${PHONE.height} phone`, () => {
  it("finds the pages to check", () => {
    expect(pages).toEqual(
      expect.arrayContaining(["paper-b/b-3-2-1/", "concepts/", "stages/", "references/", "timeline/", "compare/", "paper-b/matrix/", "table-1/"]),
    );
  });

  describe.each(pages)("%s", (path) => {
    it("cuts nothing off without a scroll container and a hint", async () => {
      const { page, context } = await openPhone(path);
      // The hint is in the page's language (the English edition is under en/).
      expect(await cutOff(page, path.startsWith("en/") ? UI_EN.diagram.scrollHint : UI.diagram.scrollHint)).toEqual([]);
      await context.close();
    });
    it(`draws every diagram label at ${MIN_LABEL_PX}px or more`, async () => {
      const { page, context } = await openPhone(path);
      expect(await smallLabels(page, MIN_LABEL_PX)).toEqual([]);
      await context.close();
    });
    it(`gives every table cell room for ${MIN_CELL_CHARS} characters a line`, async () => {
      const { page, context } = await openPhone(path);
      expect(await narrowCells(page, MIN_CELL_CHARS)).toEqual([]);
      await context.close();
    });
  });

  it("draws the dark diagrams as legibly as the light ones", async () => {
    const { page, context } = await openPhone("paper-b/b-3-2-1/", "dark");
    await expect(page.locator("#dg-b-model-structure svg").first().isVisible()).resolves.toBe(true);
    expect(await smallLabels(page, MIN_LABEL_PX)).toEqual([]);
    await context.close();
  });

  it.each(["paper-b/matrix/", "paper-b/b-3-2-1/", "concepts/"])("%s has no axe violations on the phone", async (path) => {
    const { page, context } = await openPhone(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
