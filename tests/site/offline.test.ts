/**
 * Offline reading's files in the built site (the root build and the /kb/ build): each edition's offline.json lists every
 * page and file of that edition and its language's search index, each of which exists; the service worker is at the
 * root; and no page but the offline page carries code that touches service workers.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { OfflineManifest } from "../../src/lib/offline.ts";
import { openSite } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

const BUILDS = [
  { name: "served at /", dist: join(ROOT, "dist"), base: "/", search: true },
  { name: "served at /kb/", dist: join(ROOT, "dist-kb"), base: "/kb/", search: false },
];

describe.each(BUILDS)("offline reading, $name", ({ dist, base, search }) => {
  const site = openSite(dist, base);
  const pages = site.htmlFiles();
  const manifest = (folder: string) => JSON.parse(readFileSync(join(dist, folder, "offline.json"), "utf8")) as OfflineManifest;

  it("has its service worker at the site's root", () => {
    expect(readFileSync(join(dist, "sw.js"), "utf8")).toContain('addEventListener("fetch"');
  });

  it.each([
    { edition: "zh", folder: "", language: "zh-cn" },
    { edition: "en", folder: "en/", language: "en" },
  ])("lists every file of the $edition edition, and only those", ({ folder, language }) => {
    const m = manifest(folder);
    expect(m.base).toBe(`${base}${folder}`);
    expect(m.version).toMatch(/^[0-9a-f]{16}$/);
    const urls = m.files.map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) {
      const file = url.slice(base.length).replace(/(^|\/)$/, "$1index.html");
      expect(existsSync(join(dist, file)), url).toBe(true);
      expect(url.startsWith(m.base) || url.startsWith(`${base}pagefind/`), url).toBe(true);
      if (folder === "") expect(url.startsWith(`${base}en/`), url).toBe(false);
    }
    const own = pages.filter((p) => (folder === "" ? !p.startsWith("en/") : p.startsWith(folder)));
    const listed = new Set(urls);
    expect(own.filter((p) => !listed.has(`${base}${p.replace(/(^|\/)index\.html$/, "$1")}`))).toEqual([]);
    expect(m.bytes).toBe(m.files.reduce((sum, f) => sum + f.bytes, 0));
    if (search) {
      expect(urls).toContain(`${base}pagefind/pagefind.js`);
      expect(urls).toContain(`${base}pagefind/pagefind-worker.js`);
      expect(urls.some((u) => u.startsWith(`${base}pagefind/index/${language}_`))).toBe(true);
      expect(urls.some((u) => u.startsWith(`${base}pagefind/fragment/${language}_`))).toBe(true);
      expect(urls.some((u) => /\/pagefind\/(index|fragment|filter)\//.test(u) && !u.includes(`/${language}_`))).toBe(false);
    }
  });

  it("gives no page but the offline page any code that touches service workers", () => {
    const offending = pages.filter((p) => {
      if (/(^|\/)offline\/index\.html$/.test(p)) return false;
      const doc = site.page(p);
      const scripts = doc.querySelectorAll("script").map((s) => {
        const src = s.getAttribute("src");
        return src === undefined ? s.rawText : readFileSync(join(dist, src.slice(base.length)), "utf8");
      });
      return scripts.some((code) => code.includes("serviceWorker"));
    });
    expect(offending).toEqual([]);
  });
});
