import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** The project root. */
export const ROOT = resolve(import.meta.dirname, "../..");

/** The project's Node 24 and its tools (the system Node may be older). */
export const BIN = join(ROOT, "node_modules/.bin");

const COPIED = ["src", "content", "public", "astro.config.mjs", "package.json", "tsconfig.json"];

/** Copy the project (without build output) to a temporary folder, overlaying `overlay` if given. */
export function copyProject(overlay?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-fixture-"));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"));
  if (overlay !== undefined) cpSync(overlay, dir, { recursive: true });
  return dir;
}

/** Run a project tool (astro, node …) with the project's Node first on PATH; returns status and output. */
export function runTool(cwd: string, tool: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = spawnSync(join(BIN, tool), args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PATH: `${BIN}:${process.env["PATH"] ?? ""}`, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", NO_COLOR: "1", ...env },
    timeout: 240_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Remove a temporary project copy. */
export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
