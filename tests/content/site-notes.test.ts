import { describe, expect, it } from "vitest";
import { readEntries } from "../helpers/content.ts";

// The site's own remarks and inferences are set apart as <SiteNote> asides (a visible 本站注 box), never
// left as a plain paragraph that reads like the paper's claim.
const FOLDERS = ["papers", "sections", "stages", "elements", "concepts", "comparisons", "pages"] as const;
const entries = FOLDERS.flatMap((folder) => readEntries(folder).map((e) => ({ ...e, folder })));

describe("site notes", () => {
  it("reads entries from every folder", () => {
    expect(entries.length).toBeGreaterThan(150);
  });
  it.each(entries.map((e) => [`${e.folder}/${e.id}`, e.body] as const))("%s has no bare 本站注 paragraph outside <SiteNote>", (_, body) => {
    const outside = body.replace(/<SiteNote>[\s\S]*?<\/SiteNote>/g, "");
    expect(outside).not.toMatch(/本站注[：:]/);
  });
  it.each(entries.map((e) => [`${e.folder}/${e.id}`, e.body] as const))("%s opens and closes every <SiteNote>", (_, body) => {
    expect((body.match(/<SiteNote>/g) ?? []).length).toBe((body.match(/<\/SiteNote>/g) ?? []).length);
    expect(body).not.toMatch(/<SiteNote>\s*本站注/);
  });
  it("the site marks its inferences in many places (the notes were converted, not dropped)", () => {
    const notes = entries.reduce((n, e) => n + (e.body.match(/<SiteNote>/g) ?? []).length, 0);
    expect(notes).toBeGreaterThanOrEqual(60);
  });
});
