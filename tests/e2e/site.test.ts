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

describe("reading the site in Chromium", () => {
  it("opens the home page and leads to both papers and 表1", async () => {
    const { page, context } = await site.open("");
    await expect(page.locator("h1").innerText()).resolves.toContain("新型举国体制比较知识库");
    const hrefs = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        site.url("paper-a/").replace(/^http:\/\/[^/]+/, ""),
        site.url("paper-b/").replace(/^http:\/\/[^/]+/, ""),
        site.url("table-1/").replace(/^http:\/\/[^/]+/, ""),
      ]),
    );
    await context.close();
  });

  it("shows 表1 with 10 rows and the stage timeline as an SVG with a title", async () => {
    const { page, context } = await site.open("table-1/");
    await expect(page.locator("main table tbody tr").count()).resolves.toBe(10);
    const svg = page.locator("#dg-a-stage-timeline svg");
    await expect(svg.count()).resolves.toBe(1);
    await expect(svg.isVisible()).resolves.toBe(true);
    await expect(svg.locator("title").textContent()).resolves.toBe("论文A的举国体制三阶段时间线");
    await context.close();
  });

  it("draws the diagram in the dark theme's colours in the dark theme", async () => {
    // One SVG for both themes: its colours are light-dark() pairs, resolved by the page's colour scheme.
    const colours = async (colorScheme: "light" | "dark") => {
      const { page, context } = await site.open("table-1/", { colorScheme });
      const svg = page.locator("#dg-a-stage-timeline svg");
      const found = await svg.evaluate((el) => ({
        text: getComputedStyle(el).fill,
        node: getComputedStyle(el.querySelector(".node rect, .node path") ?? el).fill,
      }));
      await context.close();
      return found;
    };
    const [light, dark] = [await colours("light"), await colours("dark")];
    expect(light.text).toBe("rgb(29, 29, 31)");
    expect(dark.text).not.toBe(light.text);
    expect(dark.node).not.toBe(light.node);
  });

  it("reads 表1 on a 390 px phone without clipping a column", async () => {
    const { page, context } = await site.open("table-1/", { width: 390 });
    const overflow = await page.locator(".table1").evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const bodyOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(bodyOverflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("runs a Chinese search from the header and lists matching pages", async () => {
    const { page, context } = await site.open("table-1/");
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("header-q");
    await page.keyboard.type("举国体制");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator("[data-search-results] li").first().waitFor();
    const titles = await page.locator("[data-search-results] li h2").allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(3);
    expect(titles).toEqual(expect.arrayContaining(["传统举国体制形成阶段"]));
    await expect(page.locator("#search-page-q").inputValue()).resolves.toBe("举国体制");
    await context.close();
  });

  const focusedElement = () => {
    const el = document.activeElement;
    return el === null
      ? ""
      : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.className && typeof el.className === "string" ? `.${el.className.split(" ")[0]}` : ""}`;
  };

  it("walks the header with the keyboard: skip link, site name, search, navigation, language switch, theme toggle", async () => {
    const { page, context } = await site.open("table-1/");
    const focused: string[] = [];
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(focusedElement));
    }
    expect(focused).toEqual(["a.skip-link", "a.site-name", "input#header-q", "button", ...Array<string>(9).fill("a"), "a.lang-switch", "button.theme-toggle"]);
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.documentElement.dataset["theme"])).resolves.toBe("dark");
    await page.goto(site.url("table-1/"));
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
    await context.close();
  });

  it("walks the header of a phone with the keyboard: skip link, site name, search, menu button, then into the menu", async () => {
    const { page, context } = await site.open("table-1/", { width: 390, height: 844 });
    const focused: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      focused.push(await page.evaluate(focusedElement));
    }
    expect(focused).toEqual(["a.skip-link", "a.site-name", "input#header-q", "button", "summary.site-menu__button"]);
    // The search button, visually hidden on a phone, shows while it has the keyboard focus.
    await page.keyboard.press("Shift+Tab");
    await expect(page.locator(".header-search button").evaluate((b) => b.getBoundingClientRect().width)).resolves.toBeGreaterThan(20);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(focusedElement)).resolves.toBe("a");
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe("论文A");
    await context.close();
  });

  it("remembers the reader's theme across pages", async () => {
    const { page, context } = await site.open("");
    await page.locator("[data-theme-toggle]").click();
    await expect(page.evaluate(() => document.documentElement.dataset["theme"])).resolves.toBe("dark");
    await page.goto(site.url("table-1/"));
    await expect(page.evaluate(() => document.documentElement.dataset["theme"])).resolves.toBe("dark");
    await context.close();
  });

  it("reads with JavaScript off: 表1 and its diagram are there", async () => {
    const { page, context } = await site.open("table-1/", { javaScriptEnabled: false });
    await expect(page.locator("main table tbody td").count()).resolves.toBe(30);
    await expect(page.locator("#dg-a-stage-timeline svg title").first().textContent()).resolves.toBe("论文A的举国体制三阶段时间线");
    await context.close();
  });
});

describe("the preview server (astro preview) serves the build as a static host would", () => {
  it("answers an unknown path with the site's 404 page and status 404", async () => {
    const response = await fetch(site.url("no-such-page/"));
    expect(response.status).toBe(404);
    await expect(response.text()).resolves.toContain("<title>页面不存在");
  });
  it("serves Pagefind's runtime and index under the base path", async () => {
    const response = await fetch(site.url("pagefind/pagefind-entry.json"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const entry = (await response.json()) as { languages: Record<string, { hash: string }> };
    // One index per edition's language (<html lang>): Chinese at the root, English under en/.
    expect(Object.keys(entry.languages).sort()).toEqual(["en", "zh-cn"]);
    for (const { hash } of Object.values(entry.languages)) expect((await fetch(site.url(`pagefind/pagefind.${hash}.pf_meta`))).status).toBe(200);
  });
});

describe("self-contained pages", () => {
  it.each([
    "",
    "table-1/",
    "stages/stage-new/",
    "paper-b/b-3-2/",
    "concepts/juguo-tizhi/",
    "search/?q=举国体制",
    "glossary/",
    "en/",
    "en/table-1/",
    "en/paper-b/b-3-2/",
    "en/search/?q=interactors",
    "changelog/",
    "offline/",
    "settings/",
    "paper-a/booklet/",
  ])("%s stays on its origin and breaks no Content-Security-Policy", async (path) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    const origin = new URL(site.url()).origin;
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("request", (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) problems.push(`request to ${r.url()}`);
    });
    await page.goto(site.url(path), { waitUntil: "networkidle" });
    if (path.startsWith("search")) await page.locator("[data-search-results] li").first().waitFor();
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).resolves.toMatch(/^default-src 'self'/);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe.each(["light", "dark"] as const)("axe in the %s theme", (colorScheme) => {
  it.each([
    "",
    "table-1/",
    "stages/stage-new/",
    "paper-a/",
    "paper-a/a-2-3/",
    "elements/b-actor-interactor/",
    "search/?q=举国体制",
    "en/",
    "en/table-1/",
    "en/concepts/juguo-tizhi/",
    "en/elements/b-actor-interactor/",
    "en/compare/",
    "en/glossary/",
    "en/search/?q=interactors",
    "changelog/",
    "en/changelog/",
    "concepts/jiebang-guashuai/",
    "offline/",
    "en/offline/",
    "settings/",
    "en/settings/",
    "paper-a/booklet/",
    "en/paper-b/booklet/",
  ])("%s has no violations", async (path) => {
    const { page, context } = await site.open(path, { colorScheme });
    if (path.startsWith("search")) await page.locator("[data-search-results] li").first().waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await context.close();
  });
});

describe("the language switch", () => {
  it("lands on the same unit in the other edition, at the same anchor, and back", async () => {
    const { page, context } = await site.open("table-1/#dim-goal", { width: 1280 });
    await page.locator("a[data-lang-switch]").click();
    await page.waitForURL(/\/en\/table-1\/#dim-goal$/);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en");
    expect(await page.locator("#dim-goal").count()).toBe(1);
    await page.locator("a[data-lang-switch]").click();
    await page.waitForURL(/\/table-1\/#dim-goal$/);
    expect(new URL(page.url()).pathname).not.toContain("/en/");
    await context.close();
  });
  it("is a plain link without JavaScript", async () => {
    const { page, context } = await site.open("concepts/juguo-tizhi/", { javaScriptEnabled: false, width: 1280 });
    expect(await page.locator("a[data-lang-switch]").getAttribute("href")).toMatch(/\/en\/concepts\/juguo-tizhi\/$/);
    await context.close();
  });
  it("remembers the edition chosen: the Chinese home page, opened afresh, goes to the English one", async () => {
    const { page, context } = await site.open("stages/", { width: 1280 });
    await page.locator("a[data-lang-switch]").click();
    await page.waitForURL(/\/en\/stages\/$/);
    await page.goto(site.url(""));
    await page.waitForURL(/\/en\/$/);
    await context.close();
  });
});
