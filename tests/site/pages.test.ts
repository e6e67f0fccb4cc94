import { describe, expect, it } from "vitest";
import { htmlFiles, page, text } from "../helpers/dist.ts";

const files = htmlFiles();

describe("every built page", () => {
  it("there are pages to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });
  it.each(files)("%s has lang, a title, a description and exactly one h1", (file) => {
    const doc = page(file);
    expect(doc.querySelector("html")?.getAttribute("lang")).toBe(file.startsWith("en/") ? "en" : "zh-CN");
    expect(text(doc.querySelector("title")).length).toBeGreaterThan(2);
    expect(doc.querySelector('meta[name="description"]')?.getAttribute("content")?.length ?? 0).toBeGreaterThan(2);
    expect(doc.querySelectorAll("h1")).toHaveLength(1);
  });
  it.each(files)("%s loads nothing from another origin", (file) => {
    const doc = page(file);
    const external = doc
      .querySelectorAll("script[src], link[href], img[src], iframe[src], source[src], video[src], audio[src]")
      // The canonical URL and the two editions' alternates are the site's own absolute addresses.
      .filter((el) => el.getAttribute("rel") !== "canonical" && el.getAttribute("rel") !== "alternate")
      .map((el) => el.getAttribute("src") ?? el.getAttribute("href") ?? "")
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(external).toEqual([]);
  });
  it.each(files)("%s has no duplicate ids", (file) => {
    const ids = page(file)
      .querySelectorAll("[id]")
      .map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
