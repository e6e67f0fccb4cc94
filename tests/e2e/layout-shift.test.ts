import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "../helpers/browser.ts";

// Cumulative layout shift as Chromium reports it (PerformanceObserver "layout-shift", buffered, shifts without
// recent input), the measure Lighthouse scores. Good is < 0.1.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

const observe = () => {
  const w = window as unknown as { __cls: number; __shifts: { value: number; sources: string[] }[]; __blocking: number };
  w.__cls = 0;
  w.__shifts = [];
  w.__blocking = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
      if (entry.hadRecentInput) continue;
      w.__cls += entry.value;
      w.__shifts.push({
        value: entry.value,
        sources: (entry.sources ?? []).map((s) =>
          s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName),
        ),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
  // Total blocking time's raw material: the part of each long task beyond 50 ms.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__blocking += Math.max(0, entry.duration - 50);
  }).observe({ type: "longtask", buffered: true });
};

/** Open a page at a width with the observers installed before any script runs; settle, then read the shifts. */
async function measure(
  path: string,
  width: number,
  settle: (page: Page) => Promise<void> = async () => {},
): Promise<{ cls: number; shifts: { value: number; sources: string[] }[]; blocking: number }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(observe);
    await page.goto(site.url(path), { waitUntil: "load" });
    await settle(page);
    // Two frames and a pause: shifts from the last render are reported.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
    return await page.evaluate(() => {
      const w = window as unknown as { __cls: number; __shifts: { value: number; sources: string[] }[]; __blocking: number };
      return { cls: w.__cls, shifts: w.__shifts, blocking: w.__blocking };
    });
  } finally {
    await context.close();
  }
}

const searched = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => document.querySelector<HTMLElement>("[data-search-status]")?.dataset["state"] === "done", undefined, { timeout: 30_000 });
};

describe.each([390, 1350])("at %i px", (width) => {
  it("the search page with a query (?q=举国体制) shifts less than 0.1 while the index loads and the results arrive", async () => {
    const { cls, shifts, blocking } = await measure(`search/?q=${encodeURIComponent("举国体制")}`, width, searched);
    console.log(`search ${width}px: CLS ${cls.toFixed(3)}, blocking ${Math.round(blocking)} ms`);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1);
    // Pagefind works in its web worker: long tasks on the page's thread stay short while the index loads.
    expect(blocking).toBeLessThan(250);
  });
  it.each([
    "",
    "paper-a/",
    "paper-b/b-3-2/",
    "stages/stage-new/",
    "table-1/",
    "elements/b-ind-resource-allocation/",
    "concepts/juguo-tizhi/",
    "compare/",
    "glossary/",
    "timeline/",
    "references/",
    "paper-b/matrix/",
    "cite/bib-warrol-2015/",
    "how-to-cite/",
    "search/",
  ])("/%s shifts less than 0.1", async (path) => {
    const { cls, shifts } = await measure(path, width);
    expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1);
  });
});
