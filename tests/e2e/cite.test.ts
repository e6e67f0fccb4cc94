import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "../helpers/browser.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

const SECTION = "paper-b/b-3-2-1/";
const GBT_PAPER = "张正清, 王娜. 构建以技术社会实验为导向的新型举国体制[J]. 云南社会科学, 2022(4).";

/** A page object for one unit's cite block. */
class CiteBlock {
  constructor(
    readonly page: Page,
    readonly id: string,
  ) {}
  get details() {
    return this.page.locator(`details[data-cite="${this.id}"]`);
  }
  get summary() {
    return this.details.locator("summary");
  }
  /** The citation text of a target ("引用原文" or "引用本站页面") in a style ("GB/T 7714—2015", "APA 7"). */
  entry(target: string, style: string) {
    return this.details
      .locator(".cite-set", { has: this.page.locator(".cite-set__title", { hasText: target }) })
      .locator(".cite-entry", { has: this.page.locator("dt", { hasText: style }) });
  }
}

/** A context that may use the clipboard, on a page of the site. */
async function openWithClipboard(path: string): Promise<{ page: Page; context: BrowserContext }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.url()).origin });
  const page = await context.newPage();
  await page.goto(site.url(path), { waitUntil: "load" });
  return { page, context };
}
// Citations carry the site's canonical URL (astro.config.mjs `site`), not the test server's.
const canonical = (page: Page, path: string) =>
  page.evaluate((p) => new URL(p, document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href).href, path);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });

describe("citing a Paper B section in Chromium", () => {
  it("copies the paper's GB/T 7714 citation with one click on 复制", async () => {
    const { page, context } = await openWithClipboard(SECTION);
    const block = new CiteBlock(page, "b-3-2-1");
    await block.summary.click();
    await block
      .entry("引用原文", "GB/T 7714")
      .getByRole("button", { name: /GB\/T 7714/ })
      .click();
    await expect.poll(() => clipboard(page)).toBe(GBT_PAPER);
    await context.close();
  });

  it("copies the site's [EB/OL] citation with the reader's own access date", async () => {
    const { page, context } = await openWithClipboard(SECTION);
    const block = new CiteBlock(page, "b-3-2-1");
    await block.summary.click();
    const date = await today(page);
    const updated = await page.locator(".cite-bar__updated time").first().getAttribute("datetime");
    const edition = (await page.locator(".site-footer__edition a").textContent())?.replace("本站版本：", "");
    await block.entry("引用本站页面", "GB/T 7714").getByRole("button").click();
    const url = await canonical(page, "");
    await expect
      .poll(() => clipboard(page))
      .toBe(`新型举国体制比较知识库. 论文B 三（二）1. 构成要素与核心指标（${edition ?? ""}版）[EB/OL]. (${updated})[${date}]. ${url}.`);
    await context.close();
  });

  it("opens the formats and copies from the keyboard alone", async () => {
    const { page, context } = await openWithClipboard(SECTION);
    const block = new CiteBlock(page, "b-3-2-1");
    await block.summary.focus();
    await page.keyboard.press("Enter");
    await expect(block.details.getAttribute("open")).resolves.toBe("");
    // The copy buttons come with the script, which the focus on 引用 sent for (nothing loads before that intent).
    await expect.poll(() => block.entry("引用原文", "GB/T 7714").getByRole("button").isVisible()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect.poll(() => clipboard(page)).toBe(GBT_PAPER);
    await context.close();
  });

  it("copies the permalink when § is clicked", async () => {
    const { page, context } = await openWithClipboard("table-1/");
    await page.locator('details[data-cite="dim-resource-allocation"]').locator("xpath=..").locator("a.permalink").click();
    await expect.poll(() => clipboard(page)).toBe(await canonical(page, "#dim-resource-allocation"));
    await expect(page.evaluate(() => location.hash)).resolves.toBe("#dim-resource-allocation");
    await context.close();
  });
});

describe("what loads when", () => {
  it("loads no citation code until the reader turns to a cite control, then loads it", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname)));
    await page.goto(site.url(SECTION), { waitUntil: "load" });
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    await new CiteBlock(page, "b-3-2-1").summary.hover();
    await expect.poll(() => scripts.some((s) => /CiteScript/.test(s))).toBe(true);
    await context.close();
  });
});

describe("without JavaScript", () => {
  it("still opens the formats, shows them as text and links to the cite page", async () => {
    const { page, context } = await site.open(SECTION, { javaScriptEnabled: false });
    const block = new CiteBlock(page, "b-3-2-1");
    await block.summary.click();
    await expect(block.entry("引用原文", "GB/T 7714").locator("[data-cite-text]").innerText()).resolves.toBe(GBT_PAPER);
    await expect(block.details.getByRole("button").first().isVisible()).resolves.toBe(false);
    await block.details.getByRole("link", { name: "全部格式与下载" }).click();
    await page.waitForURL(/\/cite\/b-3-2-1\/$/);
    await expect(page.locator("[data-cite-text]").count()).resolves.toBe(6);
    await context.close();
  });
});

describe("reading on a phone", () => {
  it("keeps the open cite panel within 390 px", async () => {
    const { page, context } = await site.open(SECTION, { width: 390 });
    await new CiteBlock(page, "b-3-2-1").summary.click();
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe.each(["light", "dark"] as const)("axe in the %s theme", (colorScheme) => {
  it.each([SECTION, "cite/b-3-2-1/", "cite/dim-resource-allocation/", "how-to-cite/"])("%s (cite panel open) has no violations", async (path) => {
    const { page, context } = await site.open(path, { colorScheme });
    const summaries = page.locator("details[data-cite] > summary");
    if ((await summaries.count()) > 0) await summaries.first().click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
