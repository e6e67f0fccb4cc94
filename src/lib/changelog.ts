/** One entry of the changelog, as the data layer passes it on (content/changelog.yaml). */
export interface ChangeEntry {
  date: string;
  edition: string;
  units: readonly string[];
  substantive: boolean;
  zh: string;
  en: string;
}

/** One edition of the site. */
export interface Edition {
  id: string;
  date: string;
  zh: string;
  en: string;
}

const newestFirst = <T extends { date: string }>(list: readonly T[]): T[] =>
  list
    .map((x, i) => [x, i] as const)
    .sort(([a, i], [b, j]) => (a.date < b.date ? 1 : a.date > b.date ? -1 : i - j))
    .map(([x]) => x);

/** Entries newest first (entries of the same day keep their order in the file). */
export function sortEntries(entries: readonly ChangeEntry[]): ChangeEntry[] {
  return newestFirst(entries);
}

/** The edition a build belongs to: the newest one. */
export function currentEdition(editions: readonly Edition[]): Edition {
  const edition = newestFirst(editions)[0];
  if (edition === undefined) throw new Error("content/changelog.yaml: no edition");
  return edition;
}

/**
 * Whether the changes a unit had on a day are minor: entries naming the unit on that day decide (minor only if none is
 * substantive); else entries for the whole site (no units) on that day; a day no entry speaks of counts as substantive.
 */
export function isMinorDay(entries: readonly ChangeEntry[], unit: string, day: string): boolean {
  const ofDay = entries.filter((e) => e.date === day);
  const own = ofDay.filter((e) => e.units.includes(unit));
  const decisive = own.length > 0 ? own : ofDay.filter((e) => e.units.length === 0);
  return decisive.length > 0 && decisive.every((e) => !e.substantive);
}

/** What is wrong with a changelog: a duplicate edition, an entry naming an unknown edition or dated after its edition. */
export function changelogProblems(editions: readonly Edition[], entries: readonly ChangeEntry[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  editions.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`editions[${i}]: field "id": the edition "${e.id}" is listed twice`);
    ids.add(e.id);
  });
  entries.forEach((e, i) => {
    const edition = editions.find((x) => x.id === e.edition);
    if (edition === undefined) problems.push(`entries[${i}]: field "edition": "${e.edition}" is not an edition listed under editions`);
    else if (e.date > edition.date) problems.push(`entries[${i}]: field "date": ${e.date} is after the date of its edition (${edition.date})`);
  });
  return problems;
}

/** Entries that name a unit that does not exist. */
export function changelogUnitProblems(entries: readonly ChangeEntry[], unitIds: ReadonlySet<string>): string[] {
  return entries.flatMap((e) =>
    e.units
      .filter((u) => !unitIds.has(u))
      .map((u) => `entry of ${e.date} ("${e.en.slice(0, 40)}…"): field "units": "${u}" is not the id of any entry in content/`),
  );
}
