import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "../helpers/browser.ts";

// Navigation on a 390×844 phone (issue #17): a compact header with a menu that works with and without JavaScript,
// content in the upper half of the first screen, the page's table of contents at the top, back-to-top on long pages.
const PHONE = { width: 390, height: 844 };
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

const top = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);
const menuLinks = (page: Page) => page.locator(".site-header nav a");

describe("the header on a phone", () => {
  it.each(["", "paper-b/b-3-2-1/", "glossary/", "search/"])("/%s: the header takes at most 85 px (about a tenth of 844)", async (path) => {
    const { page, context } = await site.open(path, PHONE);
    const height = await page.locator(".site-header").evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(85);
    // The search field is in the header and usable without opening anything.
    await expect(page.locator("#header-q").isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).resolves.toBeLessThanOrEqual(0);
    await context.close();
  });

  it.each([true, false])("opens the menu and reaches its links (JavaScript %s)", async (javaScriptEnabled) => {
    const { page, context } = await site.open("paper-b/b-3-2-1/", { ...PHONE, javaScriptEnabled });
    const links = menuLinks(page);
    await expect(links.count()).resolves.toBeGreaterThanOrEqual(9);
    await expect(links.first().isVisible()).resolves.toBe(false);
    const button = page.locator(".site-menu > summary");
    await expect(button.isVisible()).resolves.toBe(true);
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(40); // a thumb's target
    // Keyboard: focus the menu button, open it with Enter, Tab to the first link.
    await button.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    for (const link of await links.all()) await expect(link.isVisible()).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.closest(".site-header nav") !== null && document.activeElement?.tagName === "A")).resolves.toBe(
      true,
    );
    // The open menu lies over the page: it does not push the content down.
    await expect(top(page, "main h1")).resolves.toBeLessThan(422);
    if (javaScriptEnabled) {
      // Escape closes it and gives the focus back to the button; the theme toggle is in the menu.
      await page.keyboard.press("Escape");
      await expect(page.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe("SUMMARY");
      await button.click();
      await page.locator("[data-theme-toggle]").click();
      await expect(page.evaluate(() => document.documentElement.dataset["theme"])).resolves.toBe("dark");
    } else {
      // A tap opens and closes it too.
      await button.click();
      await expect(links.first().isVisible()).resolves.toBe(false);
      await button.click();
      await links.nth(2).click();
      await page.waitForURL(/\/table-1\/$/);
    }
    await context.close();
  });

  it("shows the navigation inline at 1280 px, with no menu button", async () => {
    const { page, context } = await site.open("paper-b/b-3-2-1/", { width: 1280, height: 900 });
    for (const link of await menuLinks(page).all()) await expect(link.isVisible()).resolves.toBe(true);
    await expect(page.locator(".site-menu > summary").isVisible()).resolves.toBe(false);
    await expect(page.locator("[data-theme-toggle]").isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe("the first screen of a page on a phone", () => {
  it.each(["paper-b/b-3-2-1/", "paper-a/a-2-3/", "concepts/juguo-tizhi/", "stages/stage-new/", "paper-a/", "paper-b/"])(
    "/%s: the first paragraph starts in the upper half of the screen (≤ 422 px)",
    async (path) => {
      const { page, context } = await site.open(path, PHONE);
      await expect(top(page, "main .prose p")).resolves.toBeLessThanOrEqual(422);
      await context.close();
    },
  );
  // Element pages show their crosswalk counterparts above the prose (issue #14) as one compact line; the first
  // paragraph still starts in the upper half.
  it.each(["elements/b-actor-interactor/", "elements/a-char-market-role-domestic/"])(
    "/%s: the first paragraph starts in the upper half too (≤ 422 px)",
    async (path) => {
      const { page, context } = await site.open(path, PHONE);
      await expect(top(page, "main .prose p")).resolves.toBeLessThanOrEqual(422);
      await context.close();
    },
  );

  it("says where a section stands in its paper once: the breadcrumb is the source line", async () => {
    const { page, context } = await site.open("paper-b/b-3-2-1/", PHONE);
    const trail = await page.locator("main .breadcrumbs a").allInnerTexts();
    expect(trail.join(" › ")).toContain("新型举国体制的技术实验—扩散模式");
    // No second line in main repeating the same trail.
    const repeats = await page
      .locator("main a")
      .evaluateAll(
        (as) =>
          as.filter(
            (a) =>
              a.textContent?.includes("新型举国体制的技术实验—扩散模式") &&
              a.closest(".breadcrumbs") === null &&
              a.closest(".prose") === null &&
              a.closest("section") === null,
          ).length,
      );
    expect(repeats).toBe(0);
    await context.close();
  });
});

describe("the table of contents and back-to-top on a phone", () => {
  it.each(["glossary/", "compare/", "paper-b/b-3-2-1/"])("/%s: the table of contents is above the content, collapsed", async (path) => {
    const { page, context } = await site.open(path, PHONE);
    const toc = page.locator("details.toc-top");
    await expect(toc.isVisible()).resolves.toBe(true);
    await expect(toc.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    const tocBottom = await toc.evaluate((el) => el.getBoundingClientRect().bottom);
    expect(tocBottom).toBeLessThanOrEqual(await top(page, "main h1"));
    expect(tocBottom).toBeLessThan(422);
    // The side column's copy is not shown on a phone; opening the top one shows its links.
    await expect(page.locator(".toc--side").isVisible()).resolves.toBe(false);
    await toc.locator("summary").click();
    await expect(toc.locator("a").first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it("keeps the table of contents in the side column at 1280 px", async () => {
    const { page, context } = await site.open("glossary/", { width: 1280, height: 900 });
    await expect(page.locator("details.toc-top").isVisible()).resolves.toBe(false);
    const side = page.locator(".toc--side");
    await expect(side.isVisible()).resolves.toBe(true);
    const [sideBox, mainBox] = await Promise.all([side.boundingBox(), page.locator("main").boundingBox()]);
    expect(sideBox!.x).toBeGreaterThan(mainBox!.x + mainBox!.width - 1);
    await context.close();
  });

  it.each(["glossary/", "compare/", "concepts/juguo-tizhi/", "references/"])(
    "/%s (long) has a back-to-top link in the bottom corner once scrolled",
    async (path) => {
      const { page, context } = await site.open(path, PHONE);
      const link = page.locator("a.back-to-top");
      await expect(link.count()).resolves.toBe(1);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await link.waitFor({ state: "visible", timeout: 5000 });
      await expect(link.isVisible()).resolves.toBe(true);
      const box = (await link.boundingBox())!;
      expect(box.y + box.height).toBeGreaterThan(PHONE.height - 100);
      expect(box.x + box.width).toBeGreaterThan(PHONE.width - 100);
      expect(box.height).toBeGreaterThanOrEqual(40);
      await link.click();
      await page.waitForFunction(() => window.scrollY === 0);
      await context.close();
    },
  );

  it.each(["elements/a-party-enterprises/", "paper-a/a-2-1/", "search/"])("/%s (short) has no back-to-top link", async (path) => {
    const { page, context } = await site.open(path, PHONE);
    await expect(page.locator("a.back-to-top").count()).resolves.toBe(0);
    await context.close();
  });

  it("works with JavaScript off: the back-to-top link is there on a long page", async () => {
    const { page, context } = await site.open("glossary/", { ...PHONE, javaScriptEnabled: false });
    await page.evaluate(() => window.scrollTo(0, 5000));
    // The link fades in on a scroll-driven timeline: give the compositor a moment after the jump.
    await page.locator("a.back-to-top").waitFor({ state: "visible", timeout: 5000 });
    await expect(page.locator("a.back-to-top").isVisible()).resolves.toBe(true);
    await context.close();
  });
});

describe.each(["light", "dark"] as const)("axe on a phone in the %s theme", (colorScheme) => {
  it("finds no violations with the menu and the table of contents open", async () => {
    const { page, context } = await site.open("stages/stage-new/", { ...PHONE, colorScheme });
    const violations = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    await page.locator(".toc-top > summary").click();
    await expect(violations()).resolves.toEqual([]);
    await page.locator(".site-menu > summary").click();
    await expect(page.locator(".toc-top").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(violations()).resolves.toEqual([]);
    await context.close();
  });
});
