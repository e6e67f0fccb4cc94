import type { CslItem, CslName } from "./csl-types.ts";

/**
 * RIS written to the specification readers follow (Zotero's RIS translator, EndNote, astrocite-ris):
 * every line is `XX  - value` on one line (never wrapped), records end with `ER  - `, the ID is the whole id,
 * and every record has its year in PY and, where known, the full date in DA ("YYYY/MM/DD/"; Zotero prefers DA, PY is its backup).
 *
 * Types and fields as Zotero maps them: JOUR (T2 journal), BOOK, CHAP (T2 book, A2 editors), CONF (C3 proceedings,
 * A2 editors), RPRT, THES (PB university), ELEC for web pages (T2 website).
 */

const TYPES: Record<CslItem["type"], string> = {
  "article-journal": "JOUR",
  book: "BOOK",
  chapter: "CHAP",
  "paper-conference": "CONF",
  report: "RPRT",
  thesis: "THES",
  webpage: "ELEC",
};

/** A value on one line: line breaks and runs of white space become one space. */
function flat(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

function name(n: CslName): string {
  return "literal" in n ? n.literal : n.given === undefined ? n.family : `${n.family}, ${n.given}`;
}

/** One RIS record. */
export function risRecord(item: CslItem): string {
  const [year, month, day] = item.issued?.["date-parts"][0] ?? [];
  const pad = (n: number | undefined) => (n === undefined ? "" : String(n).padStart(2, "0"));
  const container = item["container-title"];
  const containerTag = item.type === "paper-conference" ? "C3" : "T2";
  const pages = item.page?.split(/\s*[-–]\s*/);
  const lines: [string, string | undefined][] = [
    ["TY", TYPES[item.type]],
    ["ID", item.id],
    ["TI", item.title],
    ...(item.author ?? []).map((a): [string, string] => ["AU", name(a)]),
    ...(item.editor ?? []).map((a): [string, string] => ["A2", name(a)]),
    [containerTag, container],
    ["PY", year === undefined ? undefined : String(year)],
    ["DA", year === undefined ? undefined : `${year}/${pad(month)}/${pad(day)}/`],
    ["VL", item.volume],
    ["IS", item.issue],
    ...(pages !== undefined && pages.length === 2
      ? ([
          ["SP", pages[0]],
          ["EP", pages[1]],
        ] as [string, string][])
      : ([["SP", item.page]] as [string, string | undefined][])),
    ["PB", item.publisher],
    ["ET", item.version],
    ["LA", item.language],
    ...(item.keyword?.split(/\s*;\s*/) ?? []).map((k): [string, string] => ["KW", k]),
    ["UR", item.URL],
  ];
  const body = lines.filter((l): l is [string, string] => l[1] !== undefined && flat(l[1]) !== "").map(([tag, value]) => `${tag}  - ${flat(value)}`);
  return [...body, "ER  - "].join("\n");
}

/** RIS for a list of items, records separated by a blank line. */
export function toRisRecords(items: readonly CslItem[]): string {
  return items.map(risRecord).join("\n\n") + "\n";
}
