import { describe, expect, it } from "vitest";
import { BASE, htmlFiles, page, text } from "../helpers/dist.ts";

// The two editions (issue #13): the Chinese at the site's base, the English under en/, every page in both.
const all = htmlFiles();
const zh = all.filter((f) => !f.startsWith("en/"));
const en = all.filter((f) => f.startsWith("en/"));
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

describe("both editions", () => {
  it("every Chinese page has its English page at en/<same path>, and the other way round", () => {
    expect(zh.length).toBeGreaterThan(300);
    expect(en.map((f) => f.slice(3)).sort()).toEqual([...zh].sort());
  });
  it.each(["", "concepts/juguo-tizhi/", "stages/stage-new/", "table-1/", "compare/"])("/%s: html lang, hreflang alternates and the switch", (path) => {
    for (const [edition, lang, other, otherLang] of [
      [path, "zh-CN", `en/${path}`, "en"],
      [`en/${path}`, "en", path, "zh-CN"],
    ] as const) {
      const doc = page(edition);
      expect(doc.querySelector("html")?.getAttribute("lang")).toBe(lang);
      const alternates = new Map(
        doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute("hreflang") ?? "", l.getAttribute("href") ?? ""]),
      );
      expect(new URL(alternates.get("zh-CN") ?? "").pathname).toBe(`${BASE}${path}`);
      expect(new URL(alternates.get("en") ?? "").pathname).toBe(`${BASE}en/${path}`);
      const switcher = doc.querySelector("a[data-lang-switch]");
      expect(switcher?.getAttribute("href")).toBe(`${BASE}${other}`);
      expect(switcher?.getAttribute("hreflang")).toBe(otherLang);
    }
  });
});

/** A page's main text, and the Chinese in it outside what stays Chinese on purpose (quotations, 表1's printed cells, secondary Chinese titles). */
function chineseShare(file: string): { share: number; chars: number } {
  const main = page(file).querySelector("main")?.clone() as ReturnType<typeof page> | undefined;
  if (main === undefined) return { share: 0, chars: 0 };
  const all = text(main).replace(/\s/g, "");
  for (const el of main.querySelectorAll("q, [data-kept], .title-en, .en[lang='zh-CN'], .cite-bar, .cite-formats, svg")) el.remove();
  const rest = text(main);
  const han = (rest.match(HAN) ?? []).length;
  return { share: all.length === 0 ? 0 : han / all.length, chars: all.length };
}

describe("English pages are English", () => {
  const shares = en.map((f) => ({ file: f, ...chineseShare(f) })).filter((s) => s.chars > 200);
  it("outside quotations, 表1 cells and Chinese titles, Chinese characters are under 5% of every English page's main text", () => {
    const over = shares.filter((s) => s.share >= 0.05).map((s) => `${s.file}: ${(100 * s.share).toFixed(1)}%`);
    const sorted = shares.map((s) => s.share).sort((a, b) => a - b);
    console.log(
      `Chinese share of English pages: median ${(100 * (sorted[Math.floor(sorted.length / 2)] ?? 0)).toFixed(1)}%, worst ${(100 * (sorted.at(-1) ?? 0)).toFixed(1)}% over ${shares.length} pages`,
    );
    expect(over).toEqual([]);
  });
});
