import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ANCHOR_ID_PATTERN } from "../../src/lib/heading-ids.ts";
import { BASE, DIST, openSite } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

// Every heading a reader can link to has a lowercase ASCII id (stable like the unit ids), and no link
// points at a fragment written in anything but ASCII (#论点, #py-B and %E8… are all refused).
const builds = [
  { name: `served at ${BASE}`, site: openSite(DIST, BASE) },
  { name: "served at /kb/", site: openSite(join(ROOT, "dist-kb"), "/kb/") },
];

describe.each(builds)("heading ids and #fragments, $name", ({ site }) => {
  const files = site.htmlFiles();
  it("has headings with ids inside entries", () => {
    const ids = site
      .page("paper-a/a-1/")
      .querySelectorAll("main h2[id]")
      .map((h) => h.id);
    expect(ids).toContain("wen-xian-shu-ping");
    expect(site.page("glossary/").getElementById("py-b")).not.toBeNull();
  });
  it.each(files)("%s: every h1–h6 id is lowercase ASCII", (file) => {
    const bad = site
      .page(file)
      .querySelectorAll("h1[id], h2[id], h3[id], h4[id], h5[id], h6[id]")
      .map((h) => h.id)
      .filter((id) => !ANCHOR_ID_PATTERN.test(id));
    expect(bad).toEqual([]);
  });
  it.each(files)("%s: every #fragment of a link is lowercase ASCII", (file) => {
    const bad = site
      .page(file)
      .querySelectorAll("a[href*='#']")
      .map((a) => a.getAttribute("href") ?? "")
      .filter((href) => {
        const fragment = href.slice(href.indexOf("#") + 1);
        return fragment !== "" && !/^[a-z0-9-]+$/.test(fragment);
      });
    expect(bad).toEqual([]);
  });
});
