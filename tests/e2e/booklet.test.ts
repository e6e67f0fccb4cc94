/**
 * A paper's booklet: every section of the paper in the paper's order, each with its elements, linked from the paper's
 * overview; in print no site chrome, each top-level section on a new page, headings with their addresses.
 */
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "../helpers/browser.ts";
import { BASE } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

const OUT = join(ROOT, "tests/.tmp/print");
let site: Site;
beforeAll(async () => {
  site = await startSite();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await site.close();
});

describe.each(["paper-a", "paper-b", "en/paper-b"])("the booklet of %s", (paperPath) => {
  const paper = paperPath.replace(/^en\//, "");
  it("is linked from the paper's overview and holds every section in order, with every element", async () => {
    const { page, context } = await site.open(`${paperPath}/`);
    const link = page.locator(`main a[href="${BASE}${paperPath}/booklet/"]`);
    await expect(link.count()).resolves.toBe(1);
    // The outline on the overview page lists every section in the paper's order.
    const outline = await page.locator("main #outline ~ * a[href*='/" + paper + "/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const sections = [...new Set(outline.filter((href) => !href.includes("#") && !href.endsWith("/booklet/") && !href.endsWith("/matrix/")))];
    await link.click();
    await page.waitForURL(/\/booklet\/$/);
    const headings = await page.locator("main .booklet__section > .booklet__heading > a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(headings).toEqual(sections);
    const elements = readdirSync(join(ROOT, "content/elements", paper)).length;
    await expect(page.locator("main .booklet__element").count()).resolves.toBe(elements);
    await context.close();
  });

  it("prints as a booklet: no navigation, a new page for each top-level section, addresses under the headings", async () => {
    const { page, context } = await site.open(`${paperPath}/booklet/`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".toc", ".skip-link", ".page-bar", ".site-footer", ".offline-controls"]) {
      const shown = await page.locator(selector).evaluateAll((els) => els.some((el) => getComputedStyle(el).display !== "none"));
      expect(shown, selector).toBe(false);
    }
    const breaks = await page.locator(".booklet__section--top").evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks.length).toBeGreaterThan(1);
    expect(new Set(breaks)).toEqual(new Set(["page"]));
    const after = await page
      .locator(".booklet__heading a")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain(`/${paper}/`);
    const inText = await page
      .locator(".booklet .prose a")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(inText).toBe("none");
    const pdf = await page.pdf({ format: "A4", printBackground: false, margin: { top: "15mm", bottom: "18mm", left: "15mm", right: "15mm" } });
    writeFileSync(join(OUT, `booklet_${paperPath.replace(/\W+/g, "_")}.pdf`), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(breaks.length);
    await context.close();
  }, 120_000);
});
