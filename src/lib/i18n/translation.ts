/**
 * The English edition's bookkeeping: which strings of a Chinese entry need an English rendering, which version of
 * the Chinese an English entry translates (a content hash), and whether an MDX body keeps its evidence (quotations,
 * links, site notes, diagrams) when translated. Pure functions; the build (src/data) and `npm run i18n` share them.
 */
import { createHash } from "node:crypto";

/** A CJK ideograph or full-width punctuation mark: a string holding one is Chinese text. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Fields that stay Chinese on English pages without a rendering of their own: the Chinese title (the entry's
 * `titleEn` renders it), Chinese aliases and a term's Chinese form (shown in characters).
 */
export const UNTRANSLATED_KEYS: ReadonlySet<string> = new Set(["titleZh", "aliasesZh", "zh", "contextZh"]);

/** Keys whose Chinese value stays as printed on English pages, with the English shown beside it (quotations, 表1 cells, titles of works). */
export const isKeptKey = (key: string): boolean => key === "quote" || key.endsWith("Quote") || key === "title" || key === "container";

/**
 * The key under which an English entry gives the English of a Chinese field: the field's own path for prose the
 * English replaces, `<path>.en` for a field kept as printed (a quotation, a title) with the English beside it. The
 * `.en` keeps the quotation checker, which reads every `…Quote:` key as a quotation of the papers, off the English.
 */
export const enKey = (path: string): string => (isKeptKey(keyOf(path)) ? `${path}.en` : path);

/** The short content hash that ties an English entry to the version of the Chinese it translates. */
export const translationHash = (text: string): string => createHash("sha256").update(text).digest("hex").slice(0, 12);

/** The hash of one entry of a YAML list (its parsed data, so comments and layout do not count). */
export const entryHash = (item: unknown): string => translationHash(JSON.stringify(item));

/** Every dotted path of `data` whose value is a string holding Chinese text and needs an English rendering. */
export function translatablePaths(data: unknown, prefix = ""): { path: string; zh: string }[] {
  const out: { path: string; zh: string }[] = [];
  const walk = (value: unknown, path: string, key: string): void => {
    if (UNTRANSLATED_KEYS.has(key)) return;
    if (typeof value === "string") {
      if (CJK.test(value)) out.push({ path, zh: value });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, path === "" ? String(i) : `${path}.${i}`, key));
    } else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, path === "" ? k : `${path}.${k}`, k);
    }
  };
  walk(data, prefix, "");
  return out;
}

/** Read the value at a dotted path (array indices as numbers). */
export function valueAt(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The last key of a dotted path that is not an array index (`cells.stage-new.quote` → `quote`). */
export const keyOf = (path: string): string =>
  path
    .split(".")
    .filter((p) => !/^\d+$/.test(p))
    .at(-1) ?? path;

/** The evidence an MDX body carries, which its translation must carry too. */
export interface BodyEvidence {
  /** The Chinese inside each <Quote>, in order. */
  quotes: string[];
  /** The `en` rendering given on each <Quote> (English bodies), in order; `undefined` where missing. */
  quoteRenderings: (string | undefined)[];
  /** The ids linked by <Ref to> and <Cite to>, sorted. */
  refs: string[];
  /** How many <SiteNote> boxes. */
  siteNotes: number;
  /** The ids of <Diagram>s, in order. */
  diagrams: string[];
  /** The levels of the Markdown headings, in order (an English heading takes the anchor of the Chinese one at its place). */
  headings: number[];
}

/** Find the quotations, links, site notes and diagrams of an MDX body. */
export function bodyEvidence(body: string): BodyEvidence {
  const quotes: string[] = [];
  const quoteRenderings: (string | undefined)[] = [];
  for (const m of body.matchAll(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g)) {
    quotes.push((m[2] ?? "").trim());
    quoteRenderings.push(/\ben="([^"]+)"/.exec(m[1] ?? "")?.[1]);
  }
  const refs = [...body.matchAll(/<(?:Ref|Cite)\b[^>]*\bto="([^"]+)"/g)].map((m) => m[1] ?? "").sort();
  const siteNotes = [...body.matchAll(/<SiteNote\b/g)].length;
  const diagrams = [...body.matchAll(/<Diagram\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1] ?? "");
  const headings = [...body.matchAll(/^(#{1,6})\s+\S/gm)].map((m) => (m[1] ?? "").length);
  return { quotes, quoteRenderings, refs, siteNotes, diagrams, headings };
}

/** What is wrong with an English body given its Chinese source (empty when it keeps all the evidence). */
export function compareBodies(zhBody: string, enBody: string): string[] {
  const zh = bodyEvidence(zhBody);
  const en = bodyEvidence(enBody);
  const problems: string[] = [];
  if (zhBody.trim() !== "" && enBody.trim() === "") problems.push("the body is not translated");
  if (JSON.stringify(zh.quotes) !== JSON.stringify(en.quotes)) {
    const missing = zh.quotes.filter((q) => !en.quotes.includes(q));
    const extra = en.quotes.filter((q) => !zh.quotes.includes(q));
    problems.push(
      `the <Quote>s differ from the Chinese (same quotations, verbatim, same order): ${missing.length > 0 ? `missing ${missing.map((q) => `“${q}”`).join(", ")}` : ""}${extra.length > 0 ? ` extra ${extra.map((q) => `“${q}”`).join(", ")}` : ""}${missing.length + extra.length === 0 ? "order differs" : ""}`,
    );
  }
  en.quoteRenderings.forEach((r, i) => {
    if (r === undefined || r.trim() === "") problems.push(`<Quote> #${i + 1} (“${en.quotes[i] ?? ""}”) has no en="…" rendering`);
  });
  if (JSON.stringify(zh.refs) !== JSON.stringify(en.refs))
    problems.push(`the <Ref>/<Cite> targets differ: Chinese [${zh.refs.join(", ")}], English [${en.refs.join(", ")}]`);
  if (zh.siteNotes !== en.siteNotes) problems.push(`${en.siteNotes} <SiteNote>s where the Chinese has ${zh.siteNotes}`);
  if (JSON.stringify(zh.diagrams) !== JSON.stringify(en.diagrams))
    problems.push(`the <Diagram>s differ: Chinese [${zh.diagrams.join(", ")}], English [${en.diagrams.join(", ")}]`);
  if (JSON.stringify(zh.headings) !== JSON.stringify(en.headings))
    problems.push(
      `the headings differ in number or level: Chinese [${zh.headings.join(" ")}], English [${en.headings.join(" ")}] (each English heading takes the anchor of the Chinese heading at its place)`,
    );
  return problems;
}

/** Check one entry's English fields against the Chinese paths that need them. */
export function compareFields(required: readonly { path: string }[], fields: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  const wanted = new Set(required.map((r) => enKey(r.path)));
  for (const key of wanted) {
    const value = fields[key];
    if (typeof value !== "string" || value.trim() === "") problems.push(`field "fields.${key}" is missing or empty`);
    else if (/\bTODO\b/.test(value)) problems.push(`field "fields.${key}" still says TODO`);
  }
  for (const path of Object.keys(fields))
    if (!wanted.has(path)) problems.push(`field "fields.${path}" has no Chinese counterpart (not a Chinese string in the source)`);
  return problems;
}
