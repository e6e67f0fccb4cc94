import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyProject, removeProject, ROOT, runTool } from "../helpers/project.ts";

// Each fixture overlays one broken file onto a copy of the real content: the build must fail,
// and its message must name the file and the field (never drop the entry silently).
const FIXTURES = join(ROOT, "tests/fixtures/broken");
const cases = JSON.parse(readFileSync(join(FIXTURES, "cases.json"), "utf8")) as { case: string; build?: boolean; expect: string[] }[];
const copies: string[] = [];
afterAll(() => copies.forEach(removeProject));

describe("content validation", () => {
  it("accepts the real content as it is", () => {
    const dir = copyProject();
    copies.push(dir);
    const { status, output } = runTool(dir, "astro", ["sync"]);
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });

  it.each(cases)("rejects $case, naming the file and the field", ({ case: name, build = false, expect: needles }) => {
    const dir = copyProject(join(FIXTURES, name));
    copies.push(dir);
    // References and the English terminology are checked when pages render, so those cases need a full build.
    const { status, output } = runTool(dir, "astro", [build ? "build" : "sync"]);
    expect(status).not.toBe(0);
    for (const needle of needles) expect(output).toContain(needle);
  });
});
