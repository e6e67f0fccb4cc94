/** The two editions' Astro builds, run side by side (used by tools/build/cli.ts and the benchmark). */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** Extra arguments for \`astro build\`, and where each line of output goes (default: this process's stdout and stderr). */
export interface BuildOptions {
  extraArgs?: readonly string[];
  write?: (line: string, error: boolean) => void;
}

/** One edition's build: its locale and where it writes. */
interface EditionBuild {
  locale: "zh" | "en";
  outDir: string;
}

/**
 * Run `astro build` for the Chinese edition into `zhOut` and the English one into `enOut`, concurrently, in `cwd`.
 * Output is passed through, each line prefixed with its edition. Resolves to one message per failed build (empty when both pass).
 */
export async function buildEditions(
  cwd: string,
  zhOut: string,
  enOut: string,
  env: Readonly<Record<string, string | undefined>>,
  { extraArgs = [], write = (line, error) => (error ? process.stderr : process.stdout).write(`${line}\n`) }: BuildOptions = {},
): Promise<string[]> {
  const builds: EditionBuild[] = [
    { locale: "zh", outDir: zhOut },
    { locale: "en", outDir: enOut },
  ];
  const results = await Promise.all(builds.map((b) => runBuild(cwd, b, env, extraArgs, write)));
  return results.flatMap((r) => (r === null ? [] : [r]));
}

/** Resolves to null on success, or a message naming the edition with the end of its output. */
function runBuild(
  cwd: string,
  build: EditionBuild,
  env: Readonly<Record<string, string | undefined>>,
  extraArgs: readonly string[],
  write: (line: string, error: boolean) => void,
): Promise<string | null> {
  const tag = `[${build.locale}] `;
  const lines: string[] = [];
  return new Promise((done) => {
    const child = spawn(join(cwd, "node_modules/.bin/astro"), ["build", ...extraArgs, "--outDir", build.outDir], {
      cwd,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: "1", KB_LOCALE: build.locale },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const relay = (stream: NodeJS.ReadableStream, error: boolean) =>
      createInterface({ input: stream, crlfDelay: Infinity }).on("line", (line) => {
        lines.push(line);
        if (lines.length > 40) lines.shift();
        write(`${tag}${line}`, error);
      });
    relay(child.stdout, false);
    relay(child.stderr, true);
    child.on("error", (e) => done(`${tag}could not start astro: ${e.message}`));
    child.on("close", (code) => done(code === 0 ? null : `${tag}astro build failed (exit ${String(code)}):\n${lines.join("\n")}`));
  });
}
