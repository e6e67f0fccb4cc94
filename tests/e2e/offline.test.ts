/**
 * Offline reading in Chromium: nothing is registered or cached before the reader opts in; after saving, with the server
 * stopped, pages load, links work, search finds results and the pages say they are the saved copy; a changed build is
 * picked up on the next online visit; removing the copy clears it.
 *
 * The site is served by a small static server of this test's own (the built files, read afresh on every request), so
 * that the test can stop it and start it again on the same port (the same origin, hence the same service worker) and
 * stand in for a rebuild by changing what it serves.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS } from "../helpers/browser.ts";
import { BASE, DIST } from "../helpers/dist.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
};

/** Replacement bodies by URL path: the "rebuild". */
const overrides = new Map<string, string>();
let server: Server;
let port = 0;
let browser: Browser;
let context: BrowserContext;

function serve(): Promise<void> {
  server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      const override = overrides.get(path);
      if (override !== undefined) {
        response.writeHead(200, { "content-type": TYPES[extname(path) || ".html"] ?? "text/html; charset=utf-8", "cache-control": "no-cache" });
        response.end(override);
        return;
      }
      if (!path.startsWith(BASE)) {
        response.writeHead(404).end();
        return;
      }
      let file = join(DIST, path.slice(BASE.length));
      if (path.endsWith("/")) file = join(file, "index.html");
      else if ((await stat(file).catch(() => null))?.isDirectory() === true) {
        response.writeHead(301, { location: `${path}/` }).end();
        return;
      }
      const body = await readFile(file).catch(() => null);
      if (body === null) {
        response.writeHead(404, { "content-type": TYPES[".html"] }).end(await readFile(join(DIST, "404.html")));
        return;
      }
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" });
      response.end(body);
    })();
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => ((port = (server.address() as AddressInfo).port), resolve())));
}

function stopServing(): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const url = (path = "") => `http://127.0.0.1:${port}${BASE}${path}`;
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
const registrations = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);

async function searchResults(page: Page, edition: "" | "en/", query: string): Promise<string[]> {
  await page.goto(url(`${edition}search/?q=${encodeURIComponent(query)}`));
  await page.waitForFunction(
    () => ["results", "done"].includes(document.querySelector<HTMLElement>("[data-search-status]")?.dataset["state"] ?? ""),
    undefined,
    {
      timeout: 30_000,
    },
  );
  return page.locator("[data-search-results] > li > h2").allInnerTexts();
}

beforeAll(async () => {
  await serve();
  browser = await chromium.launch({ executablePath: process.env["CHROMIUM"] ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser.close();
  if (server.listening) await stopServing();
});

describe("offline reading", () => {
  const requested: string[] = [];

  it("registers nothing and caches nothing until the reader asks", async () => {
    context.on("request", (request) => requested.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    for (const path of ["", "paper-a/", "concepts/", "elements/b-actor-interactor/", "offline/"]) await page.goto(url(path), { waitUntil: "load" });
    expect(await searchResults(page, "", "举国体制")).not.toEqual([]);
    await page.goto(url("offline/"), { waitUntil: "networkidle" });
    await expect(page.locator("[data-offline-save]").isVisible()).resolves.toBe(true);
    expect(await registrations(page)).toBe(0);
    expect(await cacheNames(page)).toEqual([]);
    expect(requested.filter((p) => p.endsWith("/sw.js") || p.endsWith("/offline.json"))).toEqual([]);
    await page.close();
  });

  it("saves the edition with its search index, showing progress", async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url("offline/"), { waitUntil: "load" });
    // Every text the status line shows, in order.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const line = document.querySelector("[data-offline-message]");
      if (line !== null) new MutationObserver(() => seen.push(line.textContent ?? "")).observe(line, { childList: true, characterData: true, subtree: true });
    });
    await page.locator("[data-offline-save]").click();
    await page.locator("[data-offline-remove]").waitFor({ state: "visible", timeout: 180_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.some((line) => /正在保存：[\d.]+ \/ [\d.]+ MB/.test(line))).toBe(true);
    expect(seen.at(-1)).toMatch(/保存完成/);
    expect(errors).toEqual([]);
    await expect(page.locator("[data-offline-state]").innerText()).resolves.toMatch(/已保存离线副本（\d{4}-\d\d-\d\d，[\d.]+ MB）/);
    expect(await registrations(page)).toBe(1);
    expect(await cacheNames(page)).toEqual([`kb-offline ${BASE}`]);
    const manifest = (await (await fetch(url("offline.json"))).json()) as { files: { url: string }[] };
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), `kb-offline ${BASE}`);
    expect(cached.length).toBe(manifest.files.length + 1);
    expect(cached.some((p) => p.endsWith("/pagefind/pagefind.js"))).toBe(true);
    expect(cached.some((p) => /\/pagefind\/index\/zh-cn_/.test(p))).toBe(true);
    expect(cached.some((p) => p.startsWith(`${BASE}en/`))).toBe(false);
    await page.close();
  }, 240_000);

  it("reads and searches the saved copy with the server stopped, and says so", async () => {
    await stopServing();
    const page = await context.newPage();
    await page.goto(url("paper-a/"), { waitUntil: "load" });
    await expect(page.locator("h1").innerText()).resolves.toContain("论文A");
    const notice = page.locator("main [data-offline-notice]");
    await expect(notice.innerText()).resolves.toMatch(/^离线阅读：网络不可用，这是 \d{4}-\d\d-\d\d 保存在本设备上的副本。$/);
    await page.locator("main a[href^='/paper-a/a-']:visible").first().click();
    await page.waitForURL(/\/paper-a\/a-/);
    await expect(page.locator("main [data-offline-notice]").count()).resolves.toBe(1);
    await expect(page.locator("h1").innerText()).resolves.not.toBe("");
    const titles = await searchResults(page, "", "举国体制");
    expect(titles.length).toBeGreaterThan(0);
    expect(await searchResults(page, "", "揭榜挂帅")).not.toEqual([]);
    // A page of the other edition was not saved: it is not there.
    await expect(page.goto(url("en/"))).rejects.toThrow();
    await page.close();
    // With the device offline (not just the server down) the copy is read too, and says so.
    await context.setOffline(true);
    const offline = await context.newPage();
    await offline.goto(url("glossary/"), { waitUntil: "load" });
    await expect(offline.locator("main [data-offline-notice]").count()).resolves.toBe(1);
    await offline.close();
    await context.setOffline(false);
  }, 120_000);

  it("takes up a changed build on the next online visit", async () => {
    const marker = "本页在重建后有改动";
    const target = `${BASE}how-to-cite/`;
    const html = (await readFile(join(DIST, "how-to-cite/index.html"), "utf8")).replace(/(<main\b[^>]*>)/, `$1<p data-rebuilt>${marker}</p>`);
    const manifest = JSON.parse(await readFile(join(DIST, "offline.json"), "utf8")) as { version: string; files: { url: string; hash: string }[] };
    manifest.version = "rebuilt";
    for (const file of manifest.files) if (file.url === target) file.hash = "rebuilt";
    overrides.set(target, html);
    overrides.set(`${BASE}offline.json`, JSON.stringify(manifest));
    await serve();
    const page = await context.newPage();
    await page.goto(url("timeline/"), { waitUntil: "load" });
    const savedText = () =>
      page.evaluate(async ([name, path]) => (await (await caches.open(name)).match(path))?.text() ?? "", [`kb-offline ${BASE}`, target] as const);
    for (let tries = 0; tries < 120 && !(await savedText()).includes(marker); tries += 1) await page.waitForTimeout(500);
    expect(await savedText()).toContain(marker);
    await stopServing();
    await page.goto(url("how-to-cite/"), { waitUntil: "load" });
    await expect(page.locator("[data-rebuilt]").innerText()).resolves.toBe(marker);
    await expect(page.locator("main [data-offline-notice]").count()).resolves.toBe(1);
    await page.close();
  }, 120_000);

  it("removes the saved copy and the worker when the reader asks", async () => {
    const page = await context.newPage();
    await page.goto(url("offline/"), { waitUntil: "load" });
    await page.locator("[data-offline-remove]").click();
    await page.locator("[data-offline-save]").waitFor({ state: "visible" });
    await expect(page.locator("[data-offline-message]").innerText()).resolves.toBe("离线副本已删除。");
    expect(await cacheNames(page)).toEqual([]);
    expect(await registrations(page)).toBe(0);
    await page.close();
  });

  it("saves the English edition on its own, whose search (the shared index, at the root) works offline too", async () => {
    await serve();
    const page = await context.newPage();
    await page.goto(url("en/offline/"), { waitUntil: "load" });
    await page.locator("[data-offline-save]").click();
    await page.locator("[data-offline-remove]").waitFor({ state: "visible", timeout: 180_000 });
    await expect(page.locator("[data-offline-state]").innerText()).resolves.toMatch(/^Offline copy saved \(\d{4}-\d\d-\d\d, [\d.]+ MB\)\.$/);
    expect(await cacheNames(page)).toEqual([`kb-offline ${BASE}en/`]);
    await stopServing();
    await page.goto(url("en/paper-b/"), { waitUntil: "load" });
    await expect(page.locator("main [data-offline-notice]").innerText()).resolves.toMatch(
      /^Offline reading: no network; this is the copy saved on this device on \d{4}-\d\d-\d\d\.$/,
    );
    expect(await searchResults(page, "en/", "interactors")).not.toEqual([]);
    await expect(page.goto(url("paper-b/"))).rejects.toThrow();
    await page.close();
    const again = await context.newPage();
    await again.goto(url("en/offline/"), { waitUntil: "load" });
    await again.locator("[data-offline-remove]").click();
    await again.locator("[data-offline-save]").waitFor({ state: "visible" });
    expect(await cacheNames(again)).toEqual([]);
    expect(await registrations(again)).toBe(0);
    await again.close();
  }, 240_000);
});
