/**
 * English inside Chinese pages: every run of Latin-script words in text whose language is the page's (zh-CN)
 * is wrapped in <span lang="en">, so screen readers switch voice, browsers hyphenate and choose fonts by language,
 * and checkers (the Nu Html Checker's language detection) see the page's language right.
 *
 * A run is two or more Latin words (each of two letters or more) joined by spaces and ordinary punctuation:
 * "Eun et al. 2002", "Technological Forecasting and Social Change", "Chicago (author-date)". Single words and codes
 * ("APA 7", "GB/T 7714", "BibTeX") are left alone. Text already inside an element with its own lang
 * (pinyin is zh-Latn-pinyin), and code, scripts, styles, SVG, <title>, <option> and <textarea>, are never touched.
 */

export interface Run {
  text: string;
  en: boolean;
}

const L = "A-Za-z\\u00C0-\\u024F";
/** A candidate run: Latin tokens joined by spaces and punctuation that can sit between English words. */
const CANDIDATE = new RegExp(`[${L}][${L}0-9'’.\\-]*(?:[\\s,:;&()?!/"“”'‘’]*\\s[\\s,:;&()?!/"“”'‘’]*[${L}0-9(][${L}0-9'’.\\-()]*)+`, "g");
const WORD = new RegExp(`[${L}]{2,}`, "g");

/** Split text into runs, marking the Latin-script (English) ones; URLs are never part of a run. */
export function latinRuns(text: string): Run[] {
  const runs: Run[] = [];
  const push = (run: Run): void => {
    const last = runs[runs.length - 1];
    if (last !== undefined && !last.en && !run.en) last.text += run.text;
    else if (run.text !== "") runs.push(run);
  };
  let from = 0;
  for (const url of [...text.matchAll(/\bhttps?:\/\/\S+/g), null]) {
    const end = url === null ? text.length : url.index;
    const part = text.slice(from, end);
    let at = 0;
    for (const m of part.matchAll(CANDIDATE)) {
      // A run ends on a letter, digit, "." or ")": trailing separators stay outside it.
      const raw = m[0].replace(/[\s,:;&(/"“”'‘?!-]+$/, "");
      if ((raw.match(WORD) ?? []).length < 2) continue;
      push({ text: part.slice(at, m.index), en: false });
      push({ text: raw, en: true });
      at = m.index + raw.length;
    }
    push({ text: part.slice(at), en: false });
    if (url !== null) push({ text: url[0], en: false });
    from = end + (url === null ? 0 : url[0].length);
  }
  return runs;
}

/** A Chinese character. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** A run of Chinese: characters with the full-width punctuation between and around them. */
const HAN_RUN =
  /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e\u2014\u2026\u00b7]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e\u2014\u2026\u00b7]*/g;

/** Split English text into runs, marking the Chinese ones (the `en` flag means "foreign to the page" here). */
export function hanRuns(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index), en: false });
    runs.push({ text: m[0], en: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), en: false });
  return runs;
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);
/** Elements whose text is never wrapped (raw text, code, or no child elements allowed). */
const SKIP = new Set(["head", "script", "style", "svg", "math", "code", "pre", "kbd", "samp", "title", "textarea", "option", "template", "noscript"]);

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
const encode = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Wrap the English runs of a built page's zh text in <span lang="en">; pages in other languages are returned as they are. */
export function markLatinRuns(html: string, pageLang = "zh-CN"): string {
  const out: string[] = [];
  // The open elements: name, effective language, and whether their text is skipped.
  const stack: { name: string; lang: string; skip: boolean }[] = [{ name: "#document", lang: "", skip: true }];
  const TAG = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  let at = 0;
  const text = (chunk: string): void => {
    const top = stack[stack.length - 1];
    const foreign = pageLang === "en" ? HAN : /[A-Za-z]/;
    if (top === undefined || top.skip || top.lang !== pageLang || !foreign.test(chunk)) {
      out.push(chunk);
      return;
    }
    // On an English page the foreign runs are Chinese (terms and names in characters); on a Chinese page, English.
    const [runs, tag] = pageLang === "en" ? [hanRuns(decode(chunk)), "zh-CN"] : [latinRuns(decode(chunk)), "en"];
    if (!runs.some((r) => r.en)) out.push(chunk);
    else out.push(runs.map((r) => (r.en ? `<span lang="${tag}">${encode(r.text)}</span>` : encode(r.text))).join(""));
  };
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    text(html.slice(at, m.index));
    out.push(m[0]);
    at = m.index + m[0].length;
    const [, close, rawName, attrs = ""] = m;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (close === "/") {
      const i = stack.map((s) => s.name).lastIndexOf(name);
      if (i > 0) stack.length = i;
      continue;
    }
    if (VOID.has(name) || attrs.trimEnd().endsWith("/")) continue;
    const parent = stack[stack.length - 1] ?? { lang: "", skip: true };
    const lang = /\slang\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? parent.lang;
    const skip = name === "body" ? false : parent.skip || SKIP.has(name);
    stack.push({ name, lang, skip });
    // Raw text elements: copy their content unparsed up to the closing tag.
    if (name === "script" || name === "style") {
      const end = new RegExp(`</${name}`, "gi");
      end.lastIndex = at;
      const stop = end.exec(html)?.index ?? html.length;
      out.push(html.slice(at, stop));
      at = stop;
      TAG.lastIndex = stop;
    }
  }
  text(html.slice(at));
  return out.join("");
}
