import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "../helpers/browser.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

describe.each([
  { name: "Chinese concept", path: "concepts/jiebang-guashuai/" },
  { name: "English concept", path: "en/concepts/jiebang-guashuai/" },
  // An element's list: the site's pages that link to it, each landing on the heading the link falls under.
  { name: "Chinese element", path: "elements/a-mech-project/" },
  { name: "English element", path: "en/elements/a-mech-project/" },
])("contextual backlinks ($name)", ({ path }) => {
  it.each([390, 1280])("a click on a mention lands on the exact anchor of the mention, at %i px", async (width) => {
    const { page, context } = await site.open(path, { width, height: 844 });
    const link = page.locator('.mentions > li:has(.ctx mark) > a[href*="#"]').first();
    const href = (await link.getAttribute("href")) ?? "";
    const anchor = href.split("#")[1] ?? "";
    expect(anchor).not.toBe("");
    await link.click();
    await page.waitForURL((u) => u.hash === `#${anchor}`);
    expect(new URL(page.url()).pathname).toBe(new URL(href, page.url()).pathname);
    const target = page.locator(`[id="${anchor}"]`);
    await expect.poll(async () => (await target.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(-2);
    const box = await target.boundingBox();
    expect(box?.y ?? 1e6).toBeLessThan(844 / 2);
    await context.close();
  });
});
