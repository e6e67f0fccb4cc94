/**
 * Temporary copies of the project and timed builds in them, so that the benchmark never writes
 * into the working tree (nor into the shared node_modules caches) of the project it measures.
 */
import { spawn } from "node:child_process";
import { cpSync, createWriteStream, existsSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildEditions } from "../build/editions.ts";
import { stripIndexMarks } from "../build/index-marks.ts";

/** What a copy needs to build; node_modules is linked, not copied. */
const COPIED: readonly string[] = ["src", "content", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

/** The config the copies build with: the project's own, with Astro's and Vite's caches inside the copy (cold and isolated). */
const CONFIG_FILE = "bench.astro.config.mjs";
const CONFIG = `// Written by npm run bench: the project's config, with its build caches inside this temporary copy.
import config from "./astro.config.mjs";
export default { ...config, cacheDir: \`./.bench-cache/astro/\${process.env.KB_LOCALE ?? "zh"}/\`, vite: { ...config.vite, cacheDir: \`./.bench-cache/vite/\${process.env.KB_LOCALE ?? "zh"}/\` } };
`;

/** One timed build of a copy: \`astro build\` of both editions side by side, as \`npm run build\` runs them (tools/build/), then \`pagefind --site dist\` and Pagefind's marks stripped from the pages (timed with Pagefind). */
export interface BuildResult {
  /** Both editions' Astro builds together (wall clock; they run concurrently). */
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
  /** HTML files in dist/. */
  htmlPages: number;
  /** Pages in the search index (pagefind-entry.json). */
  indexedPages: number;
  /** Bytes of dist/pagefind: everything, and the index data alone (without the fixed UI and runtime files). */
  indexBytes: number;
  indexDataBytes: number;
  /** Bytes of the whole dist/. */
  distBytes: number;
}

/** Copy the project at `root` into `dest` (which must not exist) for building; returns `dest`. */
export function copyProject(root: string, dest: string): string {
  for (const name of COPIED) cpSync(join(root, name), join(dest, name), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(dest, "node_modules"), "dir");
  writeFileSync(join(dest, CONFIG_FILE), CONFIG);
  return dest;
}

/** Build and index the copy at `dir`, timing each step (wall clock); output goes to `dir`/build.log. */
export async function buildSite(dir: string, { english = true }: { english?: boolean } = {}): Promise<BuildResult> {
  const log = join(dir, "build.log");
  // The multiplied content of the scaling run has no English: that run builds the Chinese edition only.
  const astroMs = english ? await timedEditions(dir, log) : await timed(dir, log, "astro", ["build", "--config", CONFIG_FILE]);
  const dist = join(dir, "dist");
  const indexMs = await timed(dir, log, "pagefind", ["--site", "dist"]);
  // As npm run build does: the marks only the indexer reads leave the pages once the index is made (timed with it).
  const stripStart = performance.now();
  stripIndexMarks(dist);
  const pagefindMs = indexMs + Math.round(performance.now() - stripStart);
  const pagefind = join(dist, "pagefind");
  return {
    astroMs,
    pagefindMs,
    totalMs: astroMs + pagefindMs,
    htmlPages: files(dist).filter((f) => f.endsWith(".html")).length,
    indexedPages: indexedPages(pagefind),
    indexBytes: bytes(files(pagefind)),
    indexDataBytes: bytes(files(pagefind).filter((f) => /[/\\](index|fragment|filter)[/\\]|\.pf_meta$/.test(f))),
    distBytes: bytes(files(dist)),
  };
}

/** The pages are weighed as served at "/": a base path set in the shell for other builds must not move them. */
const BUILD_ENV = { ASTRO_TELEMETRY_DISABLED: "1", KB_BASE_PATH: "/", KB_LOCALE: "zh" } as const;

/** Build both editions of the copy at `dir` side by side (tools/build/editions.ts), the English one moved to dist/en; resolves to the wall clock in ms. */
async function timedEditions(dir: string, log: string): Promise<number> {
  const out = createWriteStream(log, { flags: "a" });
  const englishTemp = join(dir, "dist.en-build");
  const start = performance.now();
  const failures = await buildEditions(
    dir,
    join(dir, "dist"),
    englishTemp,
    { ...process.env, ...BUILD_ENV, PATH: `${join(dir, "node_modules/.bin")}:${process.env["PATH"] ?? ""}` },
    {
      extraArgs: ["--config", CONFIG_FILE],
      write: (line) => out.write(`${line}\n`),
    },
  );
  const ms = Math.round(performance.now() - start);
  await new Promise<void>((done) => out.end(done));
  if (failures.length > 0) throw new Error(`the editions' builds failed in ${dir}:\n${failures.join("\n")}`);
  renameSync(englishTemp, join(dir, "dist", "en"));
  return ms;
}

/** Run a tool from node_modules/.bin in `cwd`, appending its output to `log`; resolves to its wall-clock time in ms. */
function timed(cwd: string, log: string, tool: string, args: readonly string[], extraEnv: Readonly<Record<string, string>> = {}): Promise<number> {
  const env = { ...process.env, PATH: `${join(cwd, "node_modules/.bin")}:${process.env["PATH"] ?? ""}`, ...BUILD_ENV, ...extraEnv };
  const out = createWriteStream(log, { flags: "a" });
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(tool, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on("error", fail);
    child.on("close", (code) => {
      const ms = Math.round(performance.now() - start);
      out.end(() => (code === 0 ? done(ms) : fail(new Error(`${tool} ${args.join(" ")} failed (exit ${code}) in ${cwd}:\n${tail(log, 25)}`))));
    });
  });
}

function indexedPages(pagefind: string): number {
  const entry = join(pagefind, "pagefind-entry.json");
  if (!existsSync(entry)) return 0;
  const languages = (JSON.parse(readFileSync(entry, "utf8")) as { languages?: Record<string, { page_count?: number }> }).languages ?? {};
  return Object.values(languages).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
}

/** Every file under `dir`, recursively (empty when it does not exist). */
export function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function bytes(paths: readonly string[]): number {
  return paths.reduce((sum, path) => sum + statSync(path).size, 0);
}

function tail(file: string, lines: number): string {
  return existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "";
}
