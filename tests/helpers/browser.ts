import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { serve } from "../../tools/serve.ts";
import { BASE, DIST } from "./dist.ts";

/** Debian's Chromium, headless, with nothing that reaches the network. */
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** The built site served on loopback, with a browser to read it. */
export interface Site {
  browser: Browser;
  server: Server;
  /** Absolute URL of a site path ("table-1/"). */
  url(path?: string): string;
  /** A fresh page in its own context (light or dark). */
  open(path: string, options?: { colorScheme?: "light" | "dark"; javaScriptEnabled?: boolean; width?: number }): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/** Serve dist/ on a free port and launch Chromium. */
export async function startSite(): Promise<Site> {
  const server = await serve(DIST, 0, BASE);
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: process.env["CHROMIUM"] ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const url = (path = "") => `http://127.0.0.1:${port}${BASE}${path}`;
  return {
    browser,
    server,
    url,
    async open(path, { colorScheme = "light", javaScriptEnabled = true, width = 1280 } = {}) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled, viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(url(path), { waitUntil: "load" });
      return { page, context };
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}
