import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE, DIST, openSite } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

// The site is checked as built for the root and as built for a sub-path (as GitHub Pages serves it).
const builds = [
  { name: `served at ${BASE}`, site: openSite(DIST, BASE) },
  { name: "served at /kb/", site: openSite(join(ROOT, "dist-kb"), "/kb/") },
];

describe.each(builds)("internal links, $name", ({ site }) => {
  it("has pages", () => {
    expect(site.htmlFiles().length).toBeGreaterThan(50);
  });
  it.each(site.htmlFiles())("every link and #anchor on %s resolves", (file) => {
    expect(site.brokenLinks(file)).toEqual([]);
  });
});
