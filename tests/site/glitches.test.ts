import { describe, expect, it } from "vitest";
import { htmlFiles, page } from "../helpers/dist.ts";
import { glitchesIn, repeatedListEntries, visibleLines } from "../helpers/glitches.ts";

/**
 * The small glitches of issue #17 over the visible text of every built page's <main>: no word printed twice
 * ("摘要摘要", "AbstractAbstract", "the the"), no doubled punctuation ("““全国一盘棋”", "。。", "（（"), and no
 * list (ul/ol) that repeats an entry. Genuine source text is allow-listed in tests/helpers/glitches.ts.
 */
const files = htmlFiles();

describe("no small glitches in what a reader sees", () => {
  it("there are pages to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files)("%s: no doubled word or punctuation", (file) => {
    const main = page(file).querySelector("main");
    if (main === null) return;
    expect(glitchesIn(visibleLines(main))).toEqual([]);
  });
  it.each(files)("%s: no list repeats an entry", (file) => {
    const main = page(file).querySelector("main");
    if (main === null) return;
    expect(repeatedListEntries(main)).toEqual([]);
  });
});
