import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { copiedRuns, readSources } from "../helpers/copying.ts";
import { ROOT } from "../helpers/project.ts";

// The site writes the papers' facts in its own words: outside marked quotations, no run of
// MAX_RUN or more characters may stand word for word in a source paper.
const MAX_RUN = 40;
const SOURCES = join(ROOT, "../shared/sources");
const available = existsSync(join(SOURCES, "paper-a.txt"));
const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
// Bibliography entries transcribe footnotes (titles, journals): data, not prose.
const files = walk(join(ROOT, "content")).filter((f) => /\.(mdx|ya?ml)$/.test(f) && !f.includes("/bibliography/"));

describe.skipIf(!available && process.env["CI"] !== "true")("the site's own words", () => {
  const source = available ? readSources(SOURCES) : "";
  it.each(files.map((f) => relative(ROOT, f)))("%s copies no long run of a paper outside quotations", (file) => {
    const runs = copiedRuns(readFileSync(join(ROOT, file), "utf8"), source, MAX_RUN);
    expect(runs).toEqual([]);
  });
});
