import type { UpdatedSource } from "./cite/citations.ts";

/** The build's own date (YYYY-MM-DD, UTC), or SOURCE_DATE_EPOCH's when set for a reproducible build. */
export function buildDate(epoch: string | undefined, now: Date = new Date()): string {
  const seconds = epoch === undefined || epoch === "" ? Number.NaN : Number(epoch);
  const date = Number.isFinite(seconds) ? new Date(seconds * 1000) : now;
  return date.toISOString().slice(0, 10);
}

/**
 * The date of the last commit touching each file, from `git log --format=%x1e%cs --name-only --relative`
 * (newest first, so the first date seen for a file is its last change).
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const record of output.split("\x1e")) {
    const [date = "", ...files] = record.split("\n").map((line) => line.trim());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) if (file !== "" && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

/** Files with uncommitted changes, from `git status --porcelain=v1 -z` (their last commit is not their last change). */
export function parseGitStatus(output: string): Set<string> {
  const dirty = new Set<string>();
  const fields = output.split("\0");
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? "";
    if (field.length < 4) continue;
    dirty.add(field.slice(3));
    // A rename or copy carries its original path in the next field.
    if (field[0] === "R" || field[0] === "C") i++;
  }
  return dirty;
}

/** What the build knows about file dates. */
export interface DateSources {
  git: ReadonlyMap<string, string>;
  dirty: ReadonlySet<string>;
  build: string;
}

/**
 * When a unit last changed: its own `updated` field; else the latest commit date of its files when
 * all of them are committed as they are; else the build date.
 */
export function resolveUpdated(
  updated: string | undefined,
  files: readonly (string | undefined)[],
  sources: DateSources,
): { date: string; source: UpdatedSource } {
  if (updated !== undefined) return { date: updated, source: "front-matter" };
  const known = files.filter((f): f is string => f !== undefined).map((f) => f.replace(/^\.\//, ""));
  const dates = known.map((f) => (sources.dirty.has(f) ? undefined : sources.git.get(f)));
  if (known.length > 0 && dates.every((d) => d !== undefined)) {
    const latest = dates.reduce((a, b) => ((b ?? "") > (a ?? "") ? b : a));
    if (latest !== undefined) return { date: latest, source: "git" };
  }
  return { date: sources.build, source: "build" };
}
