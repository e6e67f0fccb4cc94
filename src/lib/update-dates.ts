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

/**
 * Every day on which each file changed, newest first and each day once, from the same
 * `git log --format=%x1e%cs --name-only --relative` output as parseGitLog (one call for all of content/).
 */
export function parseGitHistory(output: string): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const record of output.split("\x1e")) {
    const [date = "", ...files] = record.split("\n").map((line) => line.trim());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) {
      if (file === "") continue;
      const list = days.get(file) ?? [];
      if (!list.includes(date)) list.push(date);
      days.set(file, list);
    }
  }
  for (const list of days.values()) list.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  return days;
}

/** What the build knows about the history of content files, for first-published and substantive-change dates. */
export interface HistorySources {
  /** Each file's change days, newest first; empty when the history is missing or cut short (shallow clone). */
  history: ReadonlyMap<string, readonly string[]>;
  dirty: ReadonlySet<string>;
  build: string;
  /** False without git or in a shallow clone: the log then does not say when a file first appeared or last changed. */
  complete: boolean;
}

/** A unit's revision dates: when its page first appeared, and when its content last changed substantively. */
export interface Revision {
  /** Undefined when the history does not tell (no git, shallow clone, a file not yet committed). */
  first: string | undefined;
  substantive: { date: string; source: "front-matter" | "git" | "build" };
}

/**
 * A unit's revision dates from its files' history. The unit's page first appeared when the last of its files did
 * (an English page needs its Chinese entry and its translation). Its last substantive change is the newest day on
 * which one of its files changed and which `isMinor` does not mark as minor (the changelog marks them), never before
 * it first appeared. An uncommitted file counts as changed today (the build date). Without a complete history (no git,
 * a shallow clone) there is no first date, and the entry's own `updated` field, else the build date, stands in: the
 * history wins over `updated`, which is kept by hand and goes stale.
 */
export function resolveRevision(
  updated: string | undefined,
  files: readonly (string | undefined)[],
  sources: HistorySources,
  isMinor: (day: string) => boolean = () => false,
): Revision {
  const known = files.filter((f): f is string => f !== undefined).map((f) => f.replace(/^\.\//, ""));
  const histories = known.map((f) => sources.history.get(f));
  const committed = sources.complete && known.length > 0 && histories.every((h) => h !== undefined && h.length > 0);
  const first = committed ? histories.map((h) => h?.at(-1) ?? "").reduce((a, b) => (b > a ? b : a)) : undefined;
  if (committed && first !== undefined && known.some((f) => sources.dirty.has(f))) return { first, substantive: { date: sources.build, source: "build" } };
  if (!committed || first === undefined) {
    return { first, substantive: updated === undefined ? { date: sources.build, source: "build" } : { date: updated, source: "front-matter" } };
  }
  const days = [...new Set(histories.flatMap((h) => h ?? []))].filter((d) => d >= first).sort((a, b) => (a < b ? 1 : -1));
  const day = days.find((d) => d === first || !isMinor(d)) ?? first;
  return { first, substantive: { date: day, source: "git" } };
}
