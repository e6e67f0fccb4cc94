import { describe, expect, it } from "vitest";
import { buildDate, parseGitLog, parseGitStatus, resolveUpdated } from "../../src/lib/update-dates.ts";

describe("parseGitLog", () => {
  it("keeps each file's newest commit date", () => {
    const log = "\x1e2026-11-23\n\ncontent/a.mdx\ncontent/b.yaml\n\x1e2026-11-20\n\ncontent/a.mdx\ncontent/c.mdx\n";
    expect(parseGitLog(log)).toEqual(
      new Map([
        ["content/a.mdx", "2026-11-23"],
        ["content/b.yaml", "2026-11-23"],
        ["content/c.mdx", "2026-11-20"],
      ]),
    );
  });
  it("reads nothing from no output (no git)", () => {
    expect(parseGitLog("").size).toBe(0);
  });
});

describe("parseGitStatus", () => {
  it("lists changed, new and renamed files", () => {
    expect(parseGitStatus(" M content/a.mdx\0?? content/new.mdx\0R  content/to.mdx\0content/from.mdx\0")).toEqual(
      new Set(["content/a.mdx", "content/new.mdx", "content/to.mdx"]),
    );
  });
});

describe("resolveUpdated", () => {
  const sources = {
    git: new Map([
      ["content/a.mdx", "2026-11-20"],
      ["content/t.yaml", "2026-11-21"],
      ["content/d.mdx", "2026-11-19"],
    ]),
    dirty: new Set(["content/d.mdx"]),
    build: "2026-11-24",
  };
  it.each([
    ["2026-11-01", ["content/a.mdx"], { date: "2026-11-01", source: "front-matter" }],
    [undefined, ["content/a.mdx"], { date: "2026-11-20", source: "git" }],
    [undefined, ["content/a.mdx", "./content/t.yaml"], { date: "2026-11-21", source: "git" }],
    [undefined, ["content/d.mdx"], { date: "2026-11-24", source: "build" }],
    [undefined, ["content/unknown.mdx"], { date: "2026-11-24", source: "build" }],
    [undefined, [], { date: "2026-11-24", source: "build" }],
  ] as const)("updated %s, files %j → %o", (updated, files, expected) => {
    expect(resolveUpdated(updated, files, sources)).toEqual(expected);
  });
});

describe("buildDate", () => {
  it("uses SOURCE_DATE_EPOCH when set, else now", () => {
    expect(buildDate("1795392000")).toBe("2026-11-23");
    expect(buildDate(undefined, new Date("2026-01-02T10:00:00Z"))).toBe("2026-01-02");
    expect(buildDate("", new Date("2026-01-02T10:00:00Z"))).toBe("2026-01-02");
  });
});
