import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "../helpers/browser.ts";
import { ROOT } from "../helpers/project.ts";

// PDFs are kept in tests/.tmp/print/ so that a person can look at them (pdftoppm turns them into PNGs).
const OUT = join(ROOT, "tests/.tmp/print");
let site: Site;
beforeAll(async () => {
  site = await startSite();
  mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await site.close();
});

const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe.each([
  ["table-1/", "main tr", 2, 6],
  ["stages/stage-new/", ".stage-column__row", 2, 6],
])("printing %s", (path, rowSelector, min, max) => {
  it(`gives ${min}–${max} clean A4 pages: no navigation, rows kept whole, link targets shown`, async () => {
    const { page, context } = await site.open(path);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".toc", ".skip-link", ".pager", ".back-to-top"]) {
      const shown = await page.locator(selector).evaluateAll((els) => els.some((el) => getComputedStyle(el).display !== "none"));
      expect(shown, selector).toBe(false);
    }
    const rowBreak = await page
      .locator(rowSelector)
      .first()
      .evaluate((tr) => getComputedStyle(tr).breakInside);
    expect(rowBreak).toBe("avoid");
    const after = await page
      .locator("main a[href^='/']")
      .first()
      .evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toContain("/");
    const pdf = await page.pdf({ format: "A4", printBackground: false, margin: { top: "15mm", bottom: "15mm", left: "15mm", right: "15mm" } });
    writeFileSync(join(OUT, `${path.replace(/\W+/g, "_")}.pdf`), pdf);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(min);
    expect(pages).toBeLessThanOrEqual(max);
    await context.close();
  });
});
