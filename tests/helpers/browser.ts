import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { BASE, DIST } from "./dist.ts";
import { ROOT } from "./project.ts";

/** Debian's Chromium, headless, with nothing that reaches the network. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** The built site served on loopback, with a browser to read it. */
export interface Site {
  browser: Browser;
  /** The port the preview server listens on (127.0.0.1). */
  port: number;
  /** Absolute URL of a site path ("table-1/"). */
  url(path?: string): string;
  /** A fresh page in its own context (light or dark). */
  open(
    path: string,
    options?: { colorScheme?: "light" | "dark"; javaScriptEnabled?: boolean; width?: number; height?: number },
  ): Promise<{ page: Page; context: BrowserContext }>;
  close(): Promise<void>;
}

/**
 * Serve the built site with `astro preview` on a free loopback port and launch Chromium. The preview serves DIST under
 * BASE as a static host would (directory URLs end in "/"; unknown paths get 404.html with status 404).
 */
export async function startSite(): Promise<Site> {
  const { server, port } = await startPreview(DIST, BASE);
  const browser = await chromium.launch({ executablePath: process.env["CHROMIUM"] ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const url = (path = "") => `http://127.0.0.1:${port}${BASE}${path}`;
  return {
    browser,
    port,
    url,
    async open(path, { colorScheme = "light", javaScriptEnabled = true, width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ colorScheme, javaScriptEnabled, viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(url(path), { waitUntil: "load" });
      return { page, context };
    },
    async close() {
      await browser.close();
      await stopPreview(server);
    },
  };
}

/** Start tests/helpers/preview-server.ts (`astro preview` through Astro's JS API) and wait for the port it listens on. */
function startPreview(outDir: string, base: string): Promise<{ server: ChildProcess; port: number }> {
  const server = spawn(process.execPath, [join(ROOT, "tests/helpers/preview-server.ts"), outDir, base], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  server.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: server.stdout });
    const exited = (code: number | null): void => reject(new Error(`astro preview of ${outDir} exited (code ${String(code)}) before it listened:\n${stderr}`));
    server.once("error", reject);
    server.once("exit", exited);
    lines.once("line", (line) => {
      server.off("exit", exited);
      lines.close();
      server.stdout.resume();
      const port = Number(line);
      if (Number.isInteger(port) && port > 0) resolve({ server, port });
      else reject(new Error(`astro preview of ${outDir} printed ${JSON.stringify(line)} instead of its port:\n${stderr}`));
    });
  });
}

/** Stop the preview server and wait until it has exited. */
async function stopPreview(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, "exit");
  server.kill("SIGTERM");
  await exited;
}
