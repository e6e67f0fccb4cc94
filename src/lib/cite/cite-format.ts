import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import APA from "./csl/apa.csl?raw";
import CHICAGO from "./csl/chicago-author-date.csl?raw";
import GBT from "./csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw";
import ZH_CN from "./csl/locales-zh-CN.xml?raw";
import { toBibtexEntries } from "./bibtex.ts";
import type { CslItem } from "./csl-types.ts";
import { toRisRecords } from "./ris.ts";

/** The citation styles the site offers, each an official CSL style kept in src/lib/cite/csl/. */
export const STYLES = {
  gbt: { template: "kb-gb-t-7714-2015-numeric", lang: "zh-CN", label: "GB/T 7714—2015" },
  apa: { template: "kb-apa-7", lang: "en-US", label: "APA 7" },
  chicago: { template: "kb-chicago-author-date", lang: "en-US", label: "Chicago (author-date)" },
} as const;

/** A citation style key. */
export type StyleKey = keyof typeof STYLES;

/** The styles in the order the site shows them. */
export const STYLE_KEYS: readonly StyleKey[] = ["gbt", "apa", "chicago"];

/** A formatted reference, with the reader's access date marked where the style prints one. */
export interface Formatted {
  /** The reference as plain text. */
  text: string;
  /** `text` split around the access date, when the style prints it (GB/T 7714 [引用日期]). */
  accessed?: { before: string; date: string; after: string; form: "iso" | "en-long" | "other" };
}

let ready = false;
function register(): void {
  if (ready) return;
  const csl = plugins.config.get("@csl");
  csl.styles.add(STYLES.gbt.template, GBT);
  csl.styles.add(STYLES.apa.template, APA);
  csl.styles.add(STYLES.chicago.template, CHICAGO);
  // en-US ships with citation-js; zh-CN does not.
  csl.locales.add("zh-CN", ZH_CN);
  ready = true;
}

/** Format one CSL item as a bibliography entry in a style, as plain text. */
export function formatEntry(item: CslItem, style: StyleKey): string {
  register();
  const { template, lang } = STYLES[style];
  const text = new Cite(item).format("bibliography", { format: "text", template, lang }).trim();
  // The numeric style numbers its list ("[1] "); a single copied reference has no list position.
  return style === "gbt" ? gbtLiteralNames(gbtEtAl(text.replace(/^\[1\]\s*/, ""), item.language), item) : text;
}

/**
 * The GB/T style prints family names in capitals, and a processor capitalises a literal name whole: an editor known
 * only as the footnote prints it ("S. Umeda et al. (Eds.)") would read "S. UMEDA ET AL. (EDS.)". A literal name is
 * given as printed.
 */
function gbtLiteralNames(text: string, item: CslItem): string {
  const literals = [...(item.author ?? []), ...(item.editor ?? [])].flatMap((n) =>
    "literal" in n && n.literal !== n.literal.toUpperCase() ? [n.literal] : [],
  );
  return literals.reduce((out, literal) => out.replace(literal.toUpperCase(), literal), text);
}

/**
 * GB/T 7714—2015 §8.1.2: after the first three authors a Chinese reference writes "等", a Western one "et al.". The
 * official style takes the zh-CN locale's term ("等人") for every reference; this puts the standard's words back.
 */
export function gbtEtAl(text: string, language: string | undefined): string {
  return text.replace(/, 等人(?=[.．])/g, language !== undefined && language.startsWith("zh") ? ", 等" : ", et al");
}

// Two sentinel dates that differ in their first and last digits locate the access date exactly.
const SENTINELS = ["1111-11-11", "2222-12-22"] as const;

/** Format an item whose `accessed` date is `accessed`, locating that date in the output. */
export function formatWithAccessed(item: CslItem, style: StyleKey, accessed: string): Formatted {
  const text = formatEntry({ ...item, accessed: dateParts(accessed) }, style);
  const a = formatEntry({ ...item, accessed: dateParts(SENTINELS[0]) }, style);
  const b = formatEntry({ ...item, accessed: dateParts(SENTINELS[1]) }, style);
  if (a === b) return { text };
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let tail = 0;
  while (tail < a.length - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const before = text.slice(0, start);
  const after = text.slice(text.length - tail);
  const date = text.slice(start, text.length - tail);
  const form = date === accessed ? "iso" : date === englishDate(accessed) ? "en-long" : "other";
  return { text, accessed: { before, date, after, form } };
}

/** CSL date parts of a YYYY, YYYY-MM or YYYY-MM-DD date. */
export function dateParts(date: string): { "date-parts": number[][] } {
  return { "date-parts": [date.split("-").map(Number)] };
}

/** A YYYY-MM-DD date as en-US CSL prints it in text form ("November 23, 2026"). */
export function englishDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)).toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" });
}

/** BibTeX for a list of items (the site's own writer: see bibtex.ts for what readers need). */
export function toBibtex(items: readonly CslItem[]): string {
  return toBibtexEntries(items);
}

/** RIS for a list of items (the site's own writer: see ris.ts). */
export function toRis(items: readonly CslItem[]): string {
  return toRisRecords(items);
}

/** CSL-JSON for a list of items, pretty-printed. */
export function toCslJson(items: readonly CslItem[]): string {
  return JSON.stringify(items, null, 2) + "\n";
}

/** Parse BibTeX, RIS or CSL-JSON text back into CSL-JSON items. */
export function parseReferences(text: string): Record<string, unknown>[] {
  register();
  return new Cite(text).data;
}
