import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, htmlFiles, page, text } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";
import { parseDiagramHeader } from "../../src/lib/diagrams.ts";

const sources = readdirSync(join(ROOT, "content/diagrams")).filter((f) => f.endsWith(".mmd"));

describe("diagrams", () => {
  it("the 表1 page shows the stage timeline as inline SVG with its accessible title, one drawing for both themes", () => {
    const figure = page("table-1/").getElementById("dg-a-stage-timeline");
    const header = parseDiagramHeader(readFileSync(join(ROOT, "content/diagrams/a-stage-timeline.mmd"), "utf8"), "a-stage-timeline.mmd");
    const svgs = figure?.querySelectorAll("svg") ?? [];
    expect(svgs).toHaveLength(1);
    expect(text(svgs[0]?.querySelector("title"))).toBe(header.accTitle);
    // The dark theme's colours ride in the same SVG's style, each after the light colour alone.
    expect(svgs[0]?.querySelector("style")?.textContent).toMatch(/fill:#[0-9a-f]+;fill:light-dark\(#[0-9a-f]+,#[0-9a-f]+\)/);
    expect(text(figure?.querySelector("details p"))).toBe(header.accDescr);
  });
  it.each(sources)("%s is shown on at least one page", (file) => {
    const id = file.replace(/\.mmd$/, "");
    expect(htmlFiles().some((f) => page(f).getElementById(`dg-${id}`) !== null)).toBe(true);
  });
  it("no page ships Mermaid's JavaScript", () => {
    const scripts = readdirSync(join(DIST, "_astro")).filter((f) => f.endsWith(".js"));
    for (const s of scripts) expect(readFileSync(join(DIST, "_astro", s), "utf8")).not.toMatch(/mermaidAPI|mermaid\.initialize|mermaid-js/);
  });
});
