import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, type Site } from "../helpers/browser.ts";

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

const ROWS = "tbody tr[data-aspect]";

describe("the comparison matrix's filters", () => {
  it("filter by kind and aspect, and write the filter to the URL", async () => {
    const { page, context } = await site.open("compare/");
    const total = await page.locator(ROWS).count();
    expect(total).toBeGreaterThan(0);
    await page.selectOption('select[name="aspect"]', "actors");
    await expect.poll(() => page.locator(`${ROWS}:visible`).count()).toBe(1);
    expect(await page.locator("tr#cmp-actors-row").isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get("aspect")).toBe("actors");
    await page.selectOption('select[name="kind"]', "differ");
    expect(new URL(page.url()).searchParams.get("kind")).toBe("differ");
    await page.selectOption('select[name="aspect"]', "");
    await expect.poll(() => page.locator(`${ROWS}:visible`).count()).toBe(await page.locator(`${ROWS}[data-kinds~="differ"]`).count());
    await context.close();
  });
  it("open a shared filtered URL filtered", async () => {
    const { page, context } = await site.open("compare/?kind=agree&aspect=sources");
    await expect.poll(() => page.locator(`${ROWS}:visible`).count()).toBe(1);
    expect(await page.locator('select[name="kind"]').inputValue()).toBe("agree");
    expect(await page.locator("tr#cmp-sources-row").isVisible()).toBe(true);
    await context.close();
  });
  it("find a word: only the rows whose summary or claims hold it, those claims listed with links, and the word in the URL", async () => {
    const { page, context } = await site.open("compare/");
    await page.fill('[data-matrix-filters] input[name="q"]', "156项");
    await expect.poll(() => page.locator(`${ROWS}:visible`).count()).toBe(1);
    expect(await page.locator("tr#cmp-periodisation-row").isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get("q")).toBe("156项");
    // The word is in one claim (on the axis's own page): the row lists it, linked to its anchor there.
    const hits = page.locator("tr#cmp-periodisation-row .mx-hits a");
    await expect.poll(() => hits.count()).toBe(1);
    expect(await hits.first().getAttribute("href")).toBe(new URL(site.url("compare/periodisation/#cmp-periodisation-c5")).pathname + "#cmp-periodisation-c5");
    expect(await hits.first().textContent()).toContain("156项");
    await page.fill('[data-matrix-filters] input[name="q"]', "");
    await expect.poll(() => page.locator(`${ROWS}:visible`).count()).toBe(await page.locator(ROWS).count());
    expect(new URL(page.url()).searchParams.has("q")).toBe(false);
    await context.close();
  });
  it("open a shared URL with a word filtered, the word in the box", async () => {
    const { page, context } = await site.open(`compare/?q=${encodeURIComponent("参与者")}`);
    expect(await page.locator('[data-matrix-filters] input[name="q"]').inputValue()).toBe("参与者");
    const visible = await page.locator(`${ROWS}:visible`).evaluateAll((els) => els.map((e) => e.id));
    expect(visible).toContain("cmp-actors-row");
    expect(visible).not.toContain("cmp-periodisation-row");
    await context.close();
  });
  it("show the filters at once but load their code only at the reader's first intent on them", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname)));
    await page.goto(site.url("compare/"), { waitUntil: "load" });
    await page.waitForTimeout(300);
    expect(await page.locator("[data-matrix-filters]").isVisible()).toBe(true);
    expect(scripts.filter((s) => /CompareScript/.test(s))).toEqual([]);
    await page.hover('select[name="kind"]');
    await expect.poll(() => scripts.some((s) => /CompareScript/.test(s))).toBe(true);
    await context.close();
  });
  it("show every row without JavaScript", async () => {
    const { page, context } = await site.open("compare/?kind=agree&aspect=sources", { javaScriptEnabled: false });
    const rows = await page.locator(ROWS).count();
    expect(await page.locator(`${ROWS}:visible`).count()).toBe(rows);
    await context.close();
  });
  it("send a link to a claim's old anchor on /compare/ on to the claim on its axis's page", async () => {
    const { page, context } = await site.open("compare/#cmp-actors-c3");
    await page.waitForURL(/compare\/actors\/#cmp-actors-c3$/);
    expect(await page.locator("li#cmp-actors-c3").isVisible()).toBe(true);
    await context.close();
    // Without JS the old anchor still lands on the axis's row in the matrix.
    const off = await site.open("compare/#cmp-actors-c3", { javaScriptEnabled: false });
    expect(new URL(off.page.url()).pathname).toBe(new URL(site.url("compare/")).pathname);
    expect(await off.page.locator("tr#cmp-actors-row #cmp-actors-c3").count()).toBe(1);
    await off.context.close();
  });
  it.each([
    ["compare/", 390],
    ["compare/", 1280],
    ["compare/actors/", 390],
    ["en/compare/definitions/", 1280],
  ] as const)("%s is axe clean at %i px", async (path, width) => {
    const { page, context } = await site.open(path, { width });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});

describe("the crosswalk's pages", () => {
  it("a part's rows are cards on a phone (no header row, no sideways scroll) and a table on a desktop", async () => {
    const phone = await site.open("compare/crosswalk/characteristics-4-5/", { width: 390 });
    expect(await phone.page.locator(".cw-table thead").first().isVisible()).toBe(false);
    expect(
      await phone.page
        .locator(".cw-table tr[id]")
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe("block");
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.context.close();
    const desk = await site.open("compare/crosswalk/characteristics-4-5/", { width: 1280 });
    expect(
      await desk.page
        .locator(".cw-table tr[id]")
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe("table-row");
    await desk.context.close();
  });
  it("send a link to a row's old anchor on the hub on to the row on its part's page", async () => {
    const { page, context } = await site.open("compare/crosswalk/#cw-synergy-actors");
    await page.waitForURL(/compare\/crosswalk\/characteristics-4-5\/#cw-synergy-actors$/);
    expect(await page.locator("tr#cw-synergy-actors").isVisible()).toBe(true);
    await context.close();
    // Without JS the old anchor lands on its part's entry in the hub's list.
    const off = await site.open("compare/crosswalk/#cw-synergy-actors", { javaScriptEnabled: false });
    expect(new URL(off.page.url()).pathname).toBe(new URL(site.url("compare/crosswalk/")).pathname);
    expect(await off.page.locator('li[data-part="characteristics-4-5"] > #cw-synergy-actors').count()).toBe(1);
    await off.context.close();
  });
  it.each([
    ["compare/crosswalk/", 390],
    ["compare/crosswalk/operation/", 390],
    ["compare/crosswalk/operation/", 1280],
    ["en/compare/crosswalk/diagram/", 1280],
  ] as const)("%s is axe clean at %i px", async (path, width) => {
    const { page, context } = await site.open(path, { width });
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
