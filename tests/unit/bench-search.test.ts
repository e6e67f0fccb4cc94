import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIRST_RESULTS, PAGEFIND_OPTIONS, SEARCH_PAGE_SIZE } from "../../src/lib/search/engine.ts";
import { RESULTS_SHOWN, SEARCH_PAGE_PAGEFIND_OPTIONS } from "../../tools/bench/search.ts";
import { dynamicImports } from "../../tools/bench/weigh.ts";
import { ROOT } from "../helpers/project.ts";

/** The site's own code that hands the shared options to Pagefind (the search UI, wherever it lives under src/). */
function searchUi(): { file: string; text: string }[] {
  const src = join(ROOT, "src");
  return readdirSync(src, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => ({ file, text: readFileSync(join(src, file), "utf8") }))
    .filter(({ text }) => /\.options\(\s*\{\s*\.\.\.PAGEFIND_OPTIONS\b/.test(text));
}

describe("npm run bench searches as the search page does", () => {
  const ui = searchUi();

  it("finds the one place where the search page configures Pagefind", () => {
    expect(ui.map((u) => u.file)).toHaveLength(1);
  });
  it("with the shared Pagefind options", () => {
    expect(SEARCH_PAGE_PAGEFIND_OPTIONS).toMatchObject(PAGEFIND_OPTIONS);
  });
  it("with the search page's worker setting (noWorker in both or in neither)", () => {
    expect(SEARCH_PAGE_PAGEFIND_OPTIONS.noWorker === true).toBe(/\bnoWorker:\s*true\b/.test(ui[0]?.text ?? ""));
  });
  it("asking for the search page's first results (it shows them before the rest of its first page)", () => {
    expect(RESULTS_SHOWN).toBe(FIRST_RESULTS);
    expect(FIRST_RESULTS).toBeLessThan(SEARCH_PAGE_SIZE);
    expect(ui[0]?.text).toMatch(/\bconst PAGE = SEARCH_PAGE_SIZE;/);
    expect(ui[0]?.text).toMatch(/\.list\(state, fresh \? FIRST_RESULTS : limit\)/);
  });
});

describe("dynamicImports", () => {
  it("finds import() of a fixed module, in any quotes", () => {
    expect(dynamicImports("const a=()=>import(`./search-app.BVWKa1ZY.js`);import(\"./b.js\");x=import( './c.js' )")).toEqual([
      "./search-app.BVWKa1ZY.js",
      "./b.js",
      "./c.js",
    ]);
  });
  it("skips computed specifiers and methods named import", () => {
    expect(dynamicImports("import(/* @vite-ignore */ `${base}pagefind/pagefind.js`); loader.import('./x.js')")).toEqual([]);
  });
});
