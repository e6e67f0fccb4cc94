import { describe, expect, it } from "vitest";
import { changelogProblems, changelogUnitProblems, currentEdition, isMinorDay, sortEntries, type ChangeEntry } from "../../src/lib/changelog.ts";
import { parseGitHistory, resolveRevision, type HistorySources } from "../../src/lib/update-dates.ts";

// What `git log --format=%x1e%cs --name-only --relative -- content` prints: newest commit first, one record each.
const LOG = [
  "\x1e2026-11-28\n\ncontent/a.mdx\ncontent/en/a.mdx\n",
  "\x1e2026-11-28\n\ncontent/a.mdx\n",
  "\x1e2026-11-25\n\ncontent/a.mdx\ncontent/t.yaml\n",
  "\x1e2026-11-23\n\ncontent/a.mdx\ncontent/t.yaml\ncontent/b.mdx\n",
].join("");

const complete = (over: Partial<HistorySources> = {}): HistorySources => ({
  history: parseGitHistory(LOG),
  dirty: new Set(),
  build: "2026-12-01",
  complete: true,
  ...over,
});

describe("parseGitHistory", () => {
  it("lists each file's change days, newest first, each day once", () => {
    expect(parseGitHistory(LOG)).toEqual(
      new Map([
        ["content/a.mdx", ["2026-11-28", "2026-11-25", "2026-11-23"]],
        ["content/en/a.mdx", ["2026-11-28"]],
        ["content/t.yaml", ["2026-11-25", "2026-11-23"]],
        ["content/b.mdx", ["2026-11-23"]],
      ]),
    );
  });
  it("reads nothing from no output (no git) or from noise", () => {
    expect(parseGitHistory("").size).toBe(0);
    expect(parseGitHistory("fatal: not a git repository\n").size).toBe(0);
  });
});

describe("resolveRevision", () => {
  it("dates first publication from the oldest commit and the last substantive change from the newest", () => {
    expect(resolveRevision(undefined, ["content/a.mdx"], complete())).toEqual({ first: "2026-11-23", substantive: { date: "2026-11-28", source: "git" } });
    expect(resolveRevision(undefined, ["./content/b.mdx"], complete())).toEqual({ first: "2026-11-23", substantive: { date: "2026-11-23", source: "git" } });
  });
  it("skips days the changelog marks as minor, back to the first publication at most", () => {
    const minor = (day: string) => day === "2026-11-28";
    expect(resolveRevision(undefined, ["content/a.mdx"], complete(), minor).substantive.date).toBe("2026-11-25");
    expect(resolveRevision(undefined, ["content/a.mdx"], complete(), () => true).substantive.date).toBe("2026-11-23");
  });
  it("publishes a page made of several files when the last of them appeared (an English page needs its translation)", () => {
    expect(resolveRevision(undefined, ["content/a.mdx", "content/en/a.mdx"], complete())).toEqual({
      first: "2026-11-28",
      substantive: { date: "2026-11-28", source: "git" },
    });
  });
  it("lets the history win over a hand-kept `updated` field", () => {
    expect(resolveRevision("2026-11-01", ["content/a.mdx"], complete()).substantive).toEqual({ date: "2026-11-28", source: "git" });
  });
  it("counts an uncommitted change as today's, and a file never committed as unpublished", () => {
    expect(resolveRevision(undefined, ["content/a.mdx"], complete({ dirty: new Set(["content/a.mdx"]) }))).toEqual({
      first: "2026-11-23",
      substantive: { date: "2026-12-01", source: "build" },
    });
    expect(resolveRevision(undefined, ["content/new.mdx"], complete())).toEqual({ first: undefined, substantive: { date: "2026-12-01", source: "build" } });
  });
  it("falls back without a complete history (shallow clone, no git): no first date; `updated`, else the build date", () => {
    // A `git clone --depth 1` logs every file once, at the tip's date: not a history to date pages by.
    const shallow = complete({ history: parseGitHistory("\x1e2026-11-28\n\ncontent/a.mdx\ncontent/b.mdx\n"), complete: false });
    expect(resolveRevision(undefined, ["content/b.mdx"], shallow)).toEqual({ first: undefined, substantive: { date: "2026-12-01", source: "build" } });
    expect(resolveRevision("2026-11-23", ["content/b.mdx"], shallow)).toEqual({
      first: undefined,
      substantive: { date: "2026-11-23", source: "front-matter" },
    });
    const none = complete({ history: new Map(), complete: false });
    expect(resolveRevision(undefined, [], none)).toEqual({ first: undefined, substantive: { date: "2026-12-01", source: "build" } });
  });
});

const entry = (over: Partial<ChangeEntry>): ChangeEntry => ({
  date: "2026-11-28",
  edition: "2026-11-28",
  units: [],
  substantive: true,
  zh: "改",
  en: "changed",
  ...over,
});

describe("changelog", () => {
  it("marks a unit's day minor when the entries naming it say so, else when the site-wide ones do", () => {
    const entries = [
      entry({ units: ["a"], substantive: false }),
      entry({ units: [], substantive: true }),
      entry({ date: "2026-11-25", units: [], substantive: false }),
      entry({ date: "2026-11-24", units: ["b"], substantive: false }),
      entry({ date: "2026-11-24", units: ["b"], substantive: true }),
    ];
    expect(isMinorDay(entries, "a", "2026-11-28")).toBe(true);
    expect(isMinorDay(entries, "c", "2026-11-28")).toBe(false);
    expect(isMinorDay(entries, "c", "2026-11-25")).toBe(true);
    expect(isMinorDay(entries, "b", "2026-11-24")).toBe(false);
    expect(isMinorDay(entries, "c", "2026-11-20")).toBe(false);
  });
  it("sorts entries newest first, keeping a day's entries in file order, and takes the newest edition as current", () => {
    const sorted = sortEntries([entry({ date: "2026-11-23", en: "1" }), entry({ en: "2" }), entry({ en: "3" })]);
    expect(sorted.map((e) => e.en)).toEqual(["2", "3", "1"]);
    expect(
      currentEdition([
        { id: "2026-11-23", date: "2026-11-23", zh: "", en: "" },
        { id: "2026-11-28", date: "2026-11-28", zh: "", en: "" },
      ]).id,
    ).toBe("2026-11-28");
  });
  it("names an unknown edition, an entry dated after its edition, a duplicate edition and an unknown unit", () => {
    const editions = [
      { id: "2026-11-23", date: "2026-11-23", zh: "", en: "" },
      { id: "2026-11-23", date: "2026-11-23", zh: "", en: "" },
    ];
    expect(changelogProblems(editions, [entry({ edition: "2026-12" }), entry({ edition: "2026-11-23" })])).toEqual([
      'editions[1]: field "id": the edition "2026-11-23" is listed twice',
      'entries[0]: field "edition": "2026-12" is not an edition listed under editions',
      'entries[1]: field "date": 2026-11-28 is after the date of its edition (2026-11-23)',
    ]);
    expect(changelogUnitProblems([entry({ units: ["a-1", "nope"] })], new Set(["a-1"]))).toEqual([
      'entry of 2026-11-28 ("changed…"): field "units": "nope" is not the id of any entry in content/',
    ]);
  });
});
