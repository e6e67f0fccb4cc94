import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashDiagramSource, parseDiagramHeader, svgStamp } from "../../src/lib/diagrams.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const BIN = join(ROOT, "node_modules/.bin");
const MALFORMED = "tests/fixtures/diagrams-malformed";
const OK = "tests/fixtures/diagrams-ok";

/** Run `npm run diagrams` (the CLI, under the project's Node 24) from the project root. */
function renderDiagrams(...args: string[]) {
  const result = spawnSync(join(BIN, "node"), ["tools/diagrams/cli.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, PATH: `${BIN}:${process.env["PATH"] ?? ""}`, NO_COLOR: "1" },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every `id="…"` in an SVG. */
const idsOf = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? "");

describe("npm run diagrams on a malformed diagram", () => {
  let run: ReturnType<typeof renderDiagrams>;
  beforeAll(() => {
    run = renderDiagrams("--dir", MALFORMED);
  });

  it("exits non-zero", () => {
    expect(run.status).toBe(1);
  });
  it("names the file and says the source is malformed Mermaid, with Mermaid's own message", () => {
    expect(run.stderr).toContain(`${MALFORMED}/broken-arrow.mmd: field "source" is malformed Mermaid: `);
    expect(run.stderr).toMatch(/Parse error on line \d+/);
  });
  it("writes no SVG", () => {
    expect(existsSync(join(ROOT, MALFORMED, "rendered"))).toBe(false);
  });
  it("--check lists it as missing and exits 1", () => {
    const check = renderDiagrams("--check", "--dir", MALFORMED);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(new RegExp(`missing\\s+${MALFORMED}/broken-arrow\\.mmd`));
  });
});

describe("npm run diagrams on valid diagrams (a temporary copy of the fixture)", () => {
  // The fixture's flowchart, plus a timeline (Mermaid emits <title>/<desc> for a flowchart but not for a timeline)
  // and a label that Mermaid wraps just before a comma (which the renderer must hang on the line before).
  const TIMELINE = "timeline\n  accTitle: 最小时间线\n  accDescr: 两个时期。\n  1949 : 甲\n  1978 : 乙\n";
  const PUNCTUATION = 'flowchart TB\n  accTitle: 标点\n  accDescr: 一个长标签。\n  N["2015年至今： 市场发挥决定性作用， 更好地发挥政府作用"]\n';
  const ids = ["tiny", "tiny-timeline", "tiny-punctuation"] as const;
  let dir = "";
  let run: ReturnType<typeof renderDiagrams>;
  const svg = (id: string, theme: string) => readFileSync(join(dir, "rendered", `${id}.${theme}.svg`), "utf8");
  const source = (id: string) => readFileSync(join(dir, `${id}.mmd`), "utf8");

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "kb-diagrams-"));
    cpSync(join(ROOT, OK), dir, { recursive: true });
    writeFileSync(join(dir, "tiny-timeline.mmd"), TIMELINE);
    writeFileSync(join(dir, "tiny-punctuation.mmd"), PUNCTUATION);
    run = renderDiagrams("--dir", dir);
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("exits 0 and prints one line per diagram", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(ids.length);
  });

  describe.each(ids.flatMap((id) => (["light", "dark"] as const).map((theme) => ({ id, theme }))))("$id.$theme.svg", ({ id, theme }) => {
    it("begins with the stamp of its source's hash, then the <svg> with the theme's id", () => {
      const text = svg(id, theme);
      expect(text.startsWith(`${svgStamp(hashDiagramSource(source(id)))}\n<svg`)).toBe(true);
      expect(text).toContain(`id="dg-${id}-${theme}"`);
    });
    it("carries the accTitle as its <title> and accDescr as its <desc>, and is named by them", () => {
      const header = parseDiagramHeader(source(id), id);
      const text = svg(id, theme);
      expect(text).toMatch(new RegExp(`<title id="([^"]+)">${header.accTitle}</title>`));
      expect(text).toContain(`>${header.accDescr}</desc>`);
      const titleId = /<title id="([^"]+)"/.exec(text)?.[1];
      expect(text).toMatch(new RegExp(`<svg [^>]*aria-labelledby="${titleId}"`));
    });
    it("is responsive (viewBox, full width, no fixed pixel max-width), uses SVG text rather than <foreignObject>, and stays small", () => {
      const text = svg(id, theme);
      expect(text).toMatch(/<svg [^>]*viewBox="[\d. -]+"/);
      expect(text).toMatch(/<svg [^>]*width="100%"/);
      expect(text).not.toMatch(/max-width:\s*[\d.]+px/);
      expect(text).not.toContain("<foreignObject");
      expect(Buffer.byteLength(text)).toBeLessThan(25 * 1024);
    });
    it("only references ids it defines itself", () => {
      const text = svg(id, theme);
      const defined = new Set(idsOf(text));
      for (const [, ref] of text.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)) expect(defined.has(ref ?? "")).toBe(true);
    });
  });

  it.each(ids)("%s: the light and dark SVGs share no element id, and every id is scoped to its SVG", (id) => {
    const light = idsOf(svg(id, "light"));
    const dark = idsOf(svg(id, "dark"));
    expect(light.length).toBeGreaterThan(1);
    expect(light.filter((x) => dark.includes(x))).toEqual([]);
    for (const x of light) expect(x).toContain(`dg-${id}-light`);
    for (const x of dark) expect(x).toContain(`dg-${id}-dark`);
  });

  it("no wrapped line starts with closing punctuation, and the lines stay evenly spaced", () => {
    for (const text of svg("tiny-punctuation", "light").match(/<text[\s\S]*?<\/text>/g) ?? []) {
      const rows = [...text.matchAll(/<tspan[^>]*\by="([-\d.]+)em"[^>]*class="text-outer-tspan row"[^>]*>(.*?)<\/tspan><\/tspan>/g)];
      const lines = rows.map((row) => (row[2] ?? "").replace(/<[^>]+>/g, ""));
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) expect(line).not.toMatch(/^[、，。：；）]/);
      const ys = rows.map((row) => Number(row[1]));
      ys.slice(1).forEach((y, i) => expect(y - (ys[i] ?? 0)).toBeCloseTo(1.1));
    }
  });

  it("--check passes when every SVG is fresh, fails naming a diagram whose source changed, and a re-run renders only that one", () => {
    expect(renderDiagrams("--check", "--dir", dir).status).toBe(0);
    writeFileSync(join(dir, "tiny.mmd"), source("tiny").replace("甲指向乙", "甲仍指向乙"));
    const check = renderDiagrams("--check", "--dir", dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(new RegExp(`stale\\s+${dir}/tiny\\.mmd`));
    expect(check.stderr).not.toMatch(/tiny-(timeline|punctuation)/);
    const again = renderDiagrams("--dir", dir);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/rendered .*tiny\.mmd/);
    expect(again.stdout).toMatch(/fresh .*tiny-timeline\.mmd/);
    expect(svg("tiny", "light").startsWith(svgStamp(hashDiagramSource(source("tiny"))))).toBe(true);
  });
});
