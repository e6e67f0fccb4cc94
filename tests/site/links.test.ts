import { describe, expect, it } from "vitest";
import { exists, htmlFiles, page, targetOf } from "../helpers/dist.ts";

const files = htmlFiles();

describe("internal links", () => {
  it.each(files)("every link and #anchor on %s resolves", (file) => {
    const broken: string[] = [];
    for (const a of page(file).querySelectorAll("a[href]")) {
      const href = a.getAttribute("href") ?? "";
      if (/^(https?:|mailto:)/.test(href)) continue;
      if (href.startsWith("#")) {
        const id = decodeURIComponent(href.slice(1));
        if (id !== "" && page(file).getElementById(id) === null) broken.push(href);
        continue;
      }
      const target = targetOf(href);
      if (target === null || !exists(target.file)) {
        broken.push(href);
        continue;
      }
      if (target.anchor !== undefined && target.file.endsWith(".html") && page(target.file).getElementById(target.anchor) === null) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});
