import { readFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardFile, PREVIEW_INDEX, type PreviewCard, type PreviewIndex } from "../../src/lib/preview-card.ts";
import { startSite, type Site } from "../helpers/browser.ts";
import { DIST } from "../helpers/dist.ts";

// Link previews (issue #15): a card on hover or focus for each linkable kind, never before the reader's intent, none of
// its code or data fetched before then; Escape closes it; a remembered switch; a long press on a phone; axe-clean.
let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site.close();
});

const index = (edition: "" | "en/"): PreviewIndex => JSON.parse(readFileSync(join(DIST, edition, PREVIEW_INDEX), "utf8")) as PreviewIndex;
/** A unit's address by its id, wherever the route helpers put it (a page of its own or an anchor). */
const addressOf = (id: string, edition: "" | "en/" = ""): string => {
  const address = index(edition).links.find((a) => `/${a}`.endsWith(`/${id}/`) || a.endsWith(`#${id}`));
  if (address === undefined) throw new Error(`no card for ${id}`);
  return address;
};
const cardOf = (address: string, edition: "" | "en/" = ""): PreviewCard =>
  JSON.parse(readFileSync(join(DIST, edition, cardFile(address)), "utf8")) as PreviewCard;

/** Requests for preview code or data so far. */
const watch = (page: Page): string[] => {
  const seen: string[] = [];
  page.on("request", (r) => {
    if (/\/preview[./]/.test(new URL(r.url()).pathname)) seen.push(r.url());
  });
  return seen;
};

/** Put a link to `address` into the page's first paragraph of text, as a body's <Ref> would render it. */
async function addLink(page: Page, href: string): Promise<void> {
  await page.evaluate((h) => {
    const p = [...document.querySelectorAll<HTMLElement>("main p")].find((el) => el.offsetParent !== null && el.closest("nav, details, .page-bar") === null);
    const a = document.createElement("a");
    a.href = h;
    a.id = "probe";
    a.textContent = "（链接）";
    p?.prepend(a);
  }, href);
}

const card = (page: Page) => page.locator(".kb-pv");

/** The card does not overlap the link it previews. */
async function clearOfLink(page: Page, link: string): Promise<void> {
  const [c, l] = await Promise.all([card(page).boundingBox(), page.locator(link).boundingBox()]);
  if (c === null || l === null) throw new Error("no box");
  const overlaps = c.x < l.x + l.width && l.x < c.x + c.width && c.y < l.y + l.height && l.y < c.y + c.height;
  expect(overlaps).toBe(false);
}

const KINDS = [
  ["concept", "juguo-tizhi"],
  ["model element", "a-mech-project"],
  ["section", "b-3-2-1"],
  ["stage", "stage-new"],
  ["表1 row", "dim-goal"],
  ["comparison aspect", "actors"],
  ["comparison claim", "cmp-actors-c1"],
  ["event", "event-2006-outline"],
  ["reference", "bib-freeman-2002"],
  ["paper", "paper-b"],
] as const;
const HOST = "paper-a/a-3/";

describe("no preview before intent", () => {
  it("loads no preview code or data until the reader rests on a link, then opens the card after a pause", async () => {
    const { page, context } = await site.open("paper-a/a-2-1/");
    const requests = watch(page);
    await page.waitForTimeout(500);
    await page.mouse.move(640, 20);
    await page.locator("main h1").hover();
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
    const link = page.locator("main p a.concept-link").first();
    await link.hover();
    await page.waitForTimeout(120);
    expect(await card(page).count()).toBe(0); // not before the intent delay
    await card(page).waitFor();
    expect(requests.some((u) => /\/_astro\/preview\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(requests.some((u) => u.endsWith(`/${cardFile("concepts/juguo-tizhi/")}`))).toBe(true);
    await clearOfLink(page, "main p a.concept-link >> nth=0");
    // Moving away closes it.
    await page.mouse.move(5, 880);
    await card(page).waitFor({ state: "detached" });
    await context.close();
  });

  it("with JavaScript off, links are plain links and nothing about previews shows", async () => {
    const { page, context } = await site.open("paper-a/a-2-1/", { javaScriptEnabled: false });
    await page.locator("main p a.concept-link").first().hover();
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(0);
    await page.goto(site.url("settings/"));
    expect(await page.locator("[data-previews]").count()).toBe(1);
    expect(await page.locator("[data-previews]").isVisible()).toBe(false); // a switch that could do nothing is not shown
    await context.close();
  });
});

describe.each(KINDS)("a link to the %s %s", (_kind, id) => {
  const address = addressOf(id);
  const expected = cardOf(address);

  it("hover shows its card: both titles, kind, paper, summary and a link there", async () => {
    const { page, context } = await site.open(HOST);
    await addLink(page, `/${address}`);
    await page.locator("#probe").hover();
    await card(page).waitFor();
    const shown = await card(page).innerText();
    for (const part of [
      expected.t,
      expected.k,
      expected.s,
      ...(expected.o === undefined ? [] : [expected.o]),
      ...(expected.p === undefined ? [] : [expected.p]),
    ])
      expect(shown).toContain(part);
    expect(await card(page).locator("a").getAttribute("href")).toBe(expected.u);
    await clearOfLink(page, "#probe");
    await context.close();
  });

  it("focus shows its card; Tab reaches it; Escape closes it and gives the focus back to the link", async () => {
    const { page, context } = await site.open(HOST);
    await addLink(page, `/${address}`);
    await page.locator("#probe").focus();
    await card(page).waitFor();
    expect(await card(page).innerText()).toContain(expected.t);
    expect(await page.locator("#probe").getAttribute("aria-describedby")).toBe("kb-pv-s");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".kb-pv") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await card(page).waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("probe");
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(0); // the focus given back is not a new intent
    await context.close();
  });
});

describe("the switch", () => {
  it("the card's button turns previews off, remembered across a reload; the settings page's switch turns them back on", async () => {
    const { page, context } = await site.open("paper-a/a-2-1/");
    const link = page.locator("main p a.concept-link").first();
    await link.focus();
    await card(page).waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // the card's "turn off" button
    await card(page).waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.classList.contains("concept-link"))).toBe(true);
    // It says where to turn them on again.
    await page.waitForFunction(() => document.querySelector('p[role="status"]')?.textContent?.includes("阅读设置") === true);

    await page.reload();
    const requests = watch(page);
    await link.hover();
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(0);
    expect(requests).toEqual([]); // off: not even the code loads

    // The footer links to the settings page, where the switch shows the remembered state.
    await page.locator(".site-footer a", { hasText: "阅读设置" }).click();
    await page.waitForURL(/\/settings\/$/);
    const toggle = page.locator("[data-previews] button");
    await expect(toggle.getAttribute("aria-checked")).resolves.toBe("false");
    await toggle.click();
    await expect(toggle.getAttribute("aria-checked")).resolves.toBe("true");
    await page.reload();
    await expect(toggle.getAttribute("aria-checked")).resolves.toBe("true");
    await toggle.click(); // off again, then on: the switch goes both ways
    await expect(toggle.getAttribute("aria-checked")).resolves.toBe("false");
    expect(await page.evaluate(() => localStorage.getItem("kb-previews"))).toBe("off");
    await toggle.click();
    expect(await page.evaluate(() => localStorage.getItem("kb-previews"))).toBeNull();

    await page.goto(site.url("paper-a/a-2-1/"));
    await link.hover();
    await card(page).waitFor();
    await context.close();
  });
});

describe("on a phone (390 px, touch)", () => {
  const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
  const openPhone = async (path: string): Promise<{ page: Page; context: BrowserContext }> => {
    const context = await site.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(site.url(path), { waitUntil: "load" });
    return { page, context };
  };
  const centre = async (page: Page, selector: string) => {
    await page.locator(selector).scrollIntoViewIfNeeded();
    const box = await page.locator(selector).boundingBox();
    if (box === null) throw new Error("no box");
    return { x: Math.round(box.x + Math.min(box.width / 2, 20)), y: Math.round(box.y + box.height / 2) };
  };

  it("a long press on a link shows its card within the screen, without following the link", async () => {
    const { page, context } = await openPhone("paper-a/a-2-1/");
    const selector = "main p a.concept-link >> nth=0";
    const at = await centre(page, selector);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [at] });
    await page.waitForTimeout(900);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await card(page).waitFor();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe(new URL(site.url("paper-a/a-2-1/")).pathname);
    const box = await card(page).boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
    await clearOfLink(page, selector);
    // A tap elsewhere closes it.
    await page.touchscreen.tap(200, 30);
    await card(page).waitFor({ state: "detached" });
    await context.close();
  });

  it("a normal tap still follows the link, with no card", async () => {
    const { page, context } = await openPhone("paper-a/a-2-1/");
    const at = await centre(page, "main p a.concept-link >> nth=0");
    await Promise.all([page.waitForURL(/\/concepts\/juguo-tizhi\/$/), page.touchscreen.tap(at.x, at.y)]);
    await context.close();
  });
});

describe.each(["light", "dark"] as const)("axe with a card open (%s theme)", (colorScheme) => {
  it.each(["paper-a/a-2-1/", "en/paper-a/a-2-1/"])("%s has no violations", async (path) => {
    const { page, context } = await site.open(path, { colorScheme });
    await page.locator("main p a.concept-link").first().focus();
    await card(page).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});
