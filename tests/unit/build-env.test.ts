import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BuildEnvError, DEFAULT_BASE_PATH, DEFAULT_SITE_URL, readBuildEnv } from "../../src/build-env.ts";
import { ROOT, runTool } from "../helpers/project.ts";

/** The message readBuildEnv throws for `env`, or null when it accepts it. */
function problem(env: Record<string, string>): string | null {
  try {
    readBuildEnv(env);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(BuildEnvError);
    return error instanceof Error ? error.message : String(error);
  }
}

describe("readBuildEnv", () => {
  it("defaults to the local preview at the root when nothing is set, or a variable is empty", () => {
    expect(readBuildEnv({})).toEqual({ siteUrl: DEFAULT_SITE_URL, basePath: DEFAULT_BASE_PATH, locale: "zh", editionBase: "/" });
    expect(readBuildEnv({ KB_SITE_URL: "", KB_BASE_PATH: "" })).toEqual({ siteUrl: "http://127.0.0.1:4321", basePath: "/", locale: "zh", editionBase: "/" });
  });

  it("reads the project's own names and ignores the generic SITE and BASE", () => {
    expect(readBuildEnv({ SITE: "not a url", BASE: "kb" })).toEqual({ siteUrl: DEFAULT_SITE_URL, basePath: DEFAULT_BASE_PATH, locale: "zh", editionBase: "/" });
    expect(readBuildEnv({ KB_SITE_URL: "https://user.github.io", KB_BASE_PATH: "/kb/" })).toEqual({
      siteUrl: "https://user.github.io",
      basePath: "/kb/",
      locale: "zh",
      editionBase: "/kb/",
    });
    expect(readBuildEnv({ KB_BASE_PATH: "/kb/", KB_LOCALE: "en" })).toMatchObject({ basePath: "/kb/", locale: "en", editionBase: "/kb/en/" });
    expect(problem({ KB_LOCALE: "fr" })).toContain('KB_LOCALE must be "zh" or "en"');
  });

  it.each([
    ["https://user.github.io/", "https://user.github.io"],
    ["http://localhost:8080", "http://localhost:8080"],
    ["HTTPS://Example.ORG", "https://example.org"],
  ])("accepts the site URL %s as the origin %s", (value, origin) => {
    expect(readBuildEnv({ KB_SITE_URL: value }).siteUrl).toBe(origin);
  });

  it.each(["/", "/kb/", "/docs/kb-2026/", "/a_b.c~d/"])("accepts the base path %s", (value) => {
    expect(readBuildEnv({ KB_BASE_PATH: value }).basePath).toBe(value);
  });

  it.each(["Invalid URL", "user.github.io", "/kb/", "ftp://user.github.io", "file:///srv/kb"])(
    "rejects the site URL %j, naming the variable and the expected form",
    (value) => {
      expect(problem({ KB_SITE_URL: value })).toBe(
        `KB_SITE_URL must be an absolute http(s) URL without a path, such as https://user.github.io; got ${JSON.stringify(value)}.`,
      );
    },
  );

  it("rejects a site URL with a path and says where the path goes", () => {
    expect(problem({ KB_SITE_URL: "https://user.github.io/kb" })).toBe(
      'KB_SITE_URL must be an absolute http(s) URL without a path, such as https://user.github.io; got "https://user.github.io/kb", whose path belongs in KB_BASE_PATH (KB_SITE_URL=https://user.github.io KB_BASE_PATH=/kb/).',
    );
  });

  it.each(["https://user.github.io/?x=1", "https://user.github.io/#top", "https://me:secret@user.github.io"])(
    "rejects the site URL %j with a query, fragment or user name",
    (value) => {
      expect(problem({ KB_SITE_URL: value })).toContain("KB_SITE_URL must be an absolute http(s) URL without a path");
    },
  );

  it.each([
    ["kb", " (did you mean /kb/?)"],
    ["/kb", " (did you mean /kb/?)"],
    ["kb/", " (did you mean /kb/?)"],
    ["//", " (did you mean /?)"],
    ["/k b/", ""],
    ["/../", ""],
    ["https://user.github.io/kb/", ""],
  ])("rejects the base path %j, naming the variable and the expected form", (value, hint) => {
    expect(problem({ KB_BASE_PATH: value })).toBe(
      `KB_BASE_PATH must be a path that starts and ends with "/", such as /kb/ or /; got ${JSON.stringify(value)}${hint}.`,
    );
  });

  it("names every bad variable at once", () => {
    expect(problem({ KB_SITE_URL: "nope", KB_BASE_PATH: "kb" })?.split("\n")).toEqual([
      'KB_SITE_URL must be an absolute http(s) URL without a path, such as https://user.github.io; got "nope".',
      'KB_BASE_PATH must be a path that starts and ends with "/", such as /kb/ or /; got "kb" (did you mean /kb/?).',
    ]);
  });
});

describe("astro.config.mjs", () => {
  it("stops the build before it starts when a setting is malformed, with readBuildEnv's message", () => {
    const out = mkdtempSync(join(tmpdir(), "kb-build-env-"));
    try {
      const run = runTool(ROOT, "astro", ["build", "--outDir", out], { KB_SITE_URL: "Invalid URL" });
      expect(run.status).not.toBe(0);
      expect(run.output).toContain('KB_SITE_URL must be an absolute http(s) URL without a path, such as https://user.github.io; got "Invalid URL".');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
