import { describe, expect, it } from "vitest";
import { belongsToEdition, cacheName, fileUrl } from "../../src/lib/offline.ts";

const zh = { folder: "", otherEditions: ["en/"], pagefindLanguage: "zh-cn", wasm: "unknown" };
const en = { folder: "en/", otherEditions: [], pagefindLanguage: "en", wasm: "en" };

describe("belongsToEdition", () => {
  it("keeps an edition's own files and leaves the other edition's out", () => {
    expect(belongsToEdition("concepts/juguo-tizhi/index.html", zh)).toBe(true);
    expect(belongsToEdition("_astro/site.js", zh)).toBe(true);
    expect(belongsToEdition("compare/comparison.csv", zh)).toBe(true);
    expect(belongsToEdition("en/concepts/juguo-tizhi/index.html", zh)).toBe(false);
    expect(belongsToEdition("en/concepts/juguo-tizhi/index.html", en)).toBe(true);
    expect(belongsToEdition("concepts/juguo-tizhi/index.html", en)).toBe(false);
  });
  it("takes the search index in the edition's language only, without Pagefind's unused interfaces", () => {
    for (const file of ["pagefind/pagefind.js", "pagefind/pagefind-worker.js", "pagefind/pagefind-entry.json"]) {
      expect(belongsToEdition(file, zh)).toBe(true);
      expect(belongsToEdition(file, en)).toBe(true);
    }
    expect(belongsToEdition("pagefind/wasm.unknown.pagefind", zh)).toBe(true);
    expect(belongsToEdition("pagefind/wasm.en.pagefind", zh)).toBe(false);
    expect(belongsToEdition("pagefind/wasm.en.pagefind", en)).toBe(true);
    expect(belongsToEdition("pagefind/index/zh-cn_abc.pf_index", zh)).toBe(true);
    expect(belongsToEdition("pagefind/index/en_abc.pf_index", zh)).toBe(false);
    expect(belongsToEdition("pagefind/fragment/en_abc.pf_fragment", en)).toBe(true);
    expect(belongsToEdition("pagefind/pagefind.zh-cn_e9c3.pf_meta", zh)).toBe(true);
    expect(belongsToEdition("pagefind/pagefind.zh-cn_e9c3.pf_meta", en)).toBe(false);
    expect(belongsToEdition("pagefind/pagefind-ui.js", zh)).toBe(false);
    expect(belongsToEdition("pagefind/pagefind-highlight.js", en)).toBe(false);
  });
  it("leaves out the manifest and the service worker themselves", () => {
    expect(belongsToEdition("offline.json", zh)).toBe(false);
    expect(belongsToEdition("sw.js", zh)).toBe(false);
    expect(belongsToEdition("en/offline.json", en)).toBe(false);
  });
});

describe("fileUrl and cacheName", () => {
  it("serves a page at its directory, under the site's base", () => {
    expect(fileUrl("/", "index.html")).toBe("/");
    expect(fileUrl("/", "concepts/x/index.html")).toBe("/concepts/x/");
    expect(fileUrl("/kb/", "en/404.html")).toBe("/kb/en/404.html");
    expect(fileUrl("/kb/", "pagefind/pagefind.js")).toBe("/kb/pagefind/pagefind.js");
    expect(cacheName("/kb/en/")).toBe("kb-offline /kb/en/");
  });
});
