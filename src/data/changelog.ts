import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { LOCALE } from "../i18n/locale.ts";
import { changelogProblems, changelogUnitProblems, currentEdition, isMinorDay, sortEntries, type ChangeEntry, type Edition } from "../lib/changelog.ts";
import { buildDate, parseGitHistory, parseGitStatus, resolveRevision, type HistorySources, type Revision } from "../lib/update-dates.ts";
import { changelogSchema } from "../schemas/changelog.ts";
import { getUnitIndex } from "./units.ts";

const FILE = "content/changelog.yaml";

/** The changelog: editions and entries, newest first, checked against the units. */
export interface Changelog {
  editions: Edition[];
  entries: ChangeEntry[];
  current: Edition;
}

let cache: Promise<Changelog> | undefined;

/** The site's changelog (content/changelog.yaml), read and checked once per build; bad content fails the build naming the field. */
export function getChangelog(): Promise<Changelog> {
  cache ??= Promise.resolve().then(load);
  return cache;
}

function load(): Changelog {
  const parsed = changelogSchema.safeParse(parseYaml(readFileSync(join(process.cwd(), FILE), "utf8")));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`${FILE}: ${issues}`);
  }
  const { editions, entries } = parsed.data;
  const problems = changelogProblems(editions, entries);
  if (problems.length > 0) throw new Error(problems.map((p) => `${FILE}: ${p}`).join("\n"));
  // Unit ids are checked by getCheckedChangelog (the changelog page), once the unit index is built.
  return { editions: [...editions].sort((a, b) => (a.date < b.date ? 1 : -1)), entries: sortEntries(entries), current: currentEdition(editions) };
}

/**
 * The changelog with every unit it names checked against the units of content/ (the build fails naming the entry
 * and field). The changelog page reads it through here, so every build checks it.
 */
export async function getCheckedChangelog(): Promise<Changelog> {
  const changelog = await getChangelog();
  const problems = changelogUnitProblems(changelog.entries, new Set((await getUnitIndex()).keys()));
  if (problems.length > 0) throw new Error(problems.map((p) => `${FILE}: ${p}`).join("\n"));
  return changelog;
}

/** The edition this build belongs to (the newest in the changelog). */
export async function getEdition(): Promise<Edition> {
  return (await getChangelog()).current;
}

/** The date this build prints as the access date of the site's pages until the reader's browser puts in today's. */
export const BUILD_DATE = buildDate(process.env["SOURCE_DATE_EPOCH"]);

let sources: HistorySources | undefined;
// One `git log` for all of content/ (not one per file). Without git, or in a shallow clone, whose log starts at the
// clone's cut, the history is incomplete: pages then show no first-published date and the build date (or an entry's
// own `updated`) for the last change, and the build says so once.
function getHistorySources(): HistorySources {
  if (sources === undefined) {
    const git = (args: string[]): string | undefined => {
      try {
        return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 });
      } catch {
        return undefined;
      }
    };
    const shallow = git(["rev-parse", "--is-shallow-repository"])?.trim();
    const log = shallow === "false" ? git(["log", "--format=%x1e%cs", "--name-only", "--relative", "--", "content"]) : undefined;
    const complete = log !== undefined && log.trim() !== "";
    if (!complete) {
      console.warn(
        `[revision dates] ${shallow === "true" ? "this is a shallow clone" : "no git history"}: pages show no first-published date, and the last change is the build date (${BUILD_DATE}) or an entry's own "updated". Build from a full clone for dates from history.`,
      );
    }
    sources = {
      history: complete ? parseGitHistory(log) : new Map(),
      dirty: parseGitStatus(git(["status", "--porcelain=v1", "-z", "--untracked-files=all", "--", "content"]) ?? ""),
      build: BUILD_DATE,
      complete,
    };
  }
  return sources;
}

/** The English file of a Chinese content file (content/x/y.mdx → content/en/x/y.mdx), in the English build only. */
function editionFiles(files: readonly (string | undefined)[]): (string | undefined)[] {
  if (LOCALE !== "en") return [...files];
  return [...files, ...files.map((f) => (f === undefined ? undefined : f.replace(/^(\.\/)?content\//, "content/en/")))];
}

/** A unit's first-published and last-substantive-change dates, from the history of its files and the changelog's marks. */
export async function getRevision(unitId: string, updated: string | undefined, files: readonly (string | undefined)[]): Promise<Revision> {
  const { entries } = await getChangelog();
  return resolveRevision(updated, editionFiles(files), getHistorySources(), (day) => isMinorDay(entries, unitId, day));
}
