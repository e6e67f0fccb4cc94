/**
 * `npm run i18n` — the state of the English edition against the Chinese.
 *
 *   (no flag)     check every Chinese unit's English counterpart: missing, stale (the Chinese changed since), or
 *                 incomplete (a Chinese string without English, a quotation lost, a link dropped); exit 1 on any
 *                 missing or incomplete unit (stale ones are listed, and the site marks them on the page)
 *   --skeleton    write the missing English files under content/en/, with the Chinese of every field beside it
 *   --only <path> restrict to Chinese files whose path starts so (e.g. content/concepts); may be repeated
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { compareBodies, compareFields, enKey, isKeptKey, keyOf } from "../../src/lib/i18n/translation.ts";
import { readEn, zhUnits, type ZhUnit } from "./sources.ts";

const { values } = parseArgs({ options: { skeleton: { type: "boolean", default: false }, only: { type: "string", multiple: true } } });
const root = process.cwd();
const units = zhUnits(root).filter((u) => values.only === undefined || values.only.some((prefix) => u.file.startsWith(prefix)));

// Each field with the Chinese it renders as a comment above it (left out for quotations, which the Chinese file holds:
// a quotation copied into a comment would count as copied text); remove the comments once translated.
const fieldLines = (u: ZhUnit, indent: string): string[] =>
  u.paths.length === 0
    ? [`${indent}fields: {}`]
    : [
        `${indent}fields:`,
        ...u.paths.flatMap((p) => [...(isKeptKey(keyOf(p.path)) ? [] : [`${indent}  # ${p.zh.replace(/\n/g, " ")}`]), `${indent}  ${enKey(p.path)}: ""`]),
      ];

function skeleton(): void {
  const byFile = new Map<string, ZhUnit[]>();
  for (const u of units) byFile.set(u.enFile, [...(byFile.get(u.enFile) ?? []), u]);
  let written = 0;
  for (const [enFile, group] of byFile) {
    const path = join(root, enFile);
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    const first = group[0]!;
    let text: string;
    if (first.kind === "mdx") text = ["---", `translates: "${first.hash}"`, ...fieldLines(first, ""), "---", "", ""].join("\n");
    else if (first.kind === "diagram") text = `%% translates: ${first.hash}\n`;
    else text = group.flatMap((u) => [`${u.id}:`, `  translates: "${u.hash}"`, ...fieldLines(u, "  ")]).join("\n") + "\n";
    writeFileSync(path, text);
    written++;
  }
  console.log(`wrote ${written} skeleton file(s) under content/en/`);
}

function check(): number {
  const missing: string[] = [];
  const stale: string[] = [];
  const wrong: string[] = [];
  const cache = new Map<string, ReturnType<typeof readEn>>();
  for (const u of units) {
    if (!cache.has(u.enFile)) cache.set(u.enFile, readEn(root, u));
    const entry = cache.get(u.enFile)?.get(u.id);
    if (entry === undefined) {
      missing.push(`${u.enFile}${u.kind === "yaml-entry" ? ` (entry ${u.id})` : ""}`);
      continue;
    }
    if (entry.translates !== u.hash)
      stale.push(`${u.enFile}${u.kind === "yaml-entry" ? ` (entry ${u.id})` : ""}: translates ${entry.translates ?? "nothing"}, the Chinese is now ${u.hash}`);
    const problems = [...compareFields(u.paths, entry.fields), ...(u.kind === "mdx" ? compareBodies(u.body, entry.body) : [])];
    if (u.kind === "diagram" && !/accTitle:/.test(entry.body)) problems.push("no accTitle");
    for (const p of problems) wrong.push(`${u.enFile}${u.kind === "yaml-entry" ? ` (entry ${u.id})` : ""}: ${p}`);
  }
  for (const [file, map] of cache) {
    if (map === undefined) continue;
    for (const id of map.keys()) if (!units.some((u) => u.enFile === file && u.id === id)) wrong.push(`${file}: entry "${id}" has no Chinese counterpart`);
  }
  for (const m of missing) console.error(`missing     ${m}`);
  for (const w of wrong) console.error(`incomplete  ${w}`);
  for (const s of stale) console.warn(`stale       ${s}`);
  console.log(
    `${units.length} Chinese unit(s): ${units.length - missing.length} translated, ${missing.length} missing, ${wrong.length} problem(s), ${stale.length} stale.`,
  );
  return missing.length > 0 || wrong.length > 0 ? 1 : 0;
}

if (values.skeleton) skeleton();
else process.exitCode = check();
