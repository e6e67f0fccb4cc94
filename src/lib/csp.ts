import { createHash } from "node:crypto";
import { parse } from "node-html-parser";

/** The CSP source expression for a piece of inline code. */
export function hashSource(code: string): string {
  return `'sha256-${createHash("sha256").update(code, "utf8").digest("base64")}'`;
}

/** Decode the character references an HTML parser decodes in foreign (SVG) text. */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'", nbsp: "\u00a0" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith("#x") || ref.startsWith("#X")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** The inline scripts, inline style elements and style attributes of a page, each as it will be hashed. */
export function inlineCode(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[] } {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true } });
  const scripts = root
    .querySelectorAll("script:not([src])")
    .filter((s) => !/json/.test(s.getAttribute("type") ?? ""))
    .map((s) => s.rawText);
  // Inside <svg> (foreign content) a browser decodes character references in <style>, then hashes.
  const styles = root.querySelectorAll("style").map((s) => (s.closest("svg") === null ? s.rawText : decodeEntities(s.rawText)));
  const styleAttributes = root.querySelectorAll("[style]").map((el) => el.getAttribute("style") ?? "");
  return { scripts, styles, styleAttributes };
}

/**
 * A Content-Security-Policy that allows only this origin plus the page's own inline code (by hash).
 * Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'; inline SVG diagrams carry style attributes,
 * allowed one by one with 'unsafe-hashes'. Workers (Pagefind's, offline reading's service worker) come from this origin only.
 */
export function buildPolicy(html: string): string {
  const { scripts, styles, styleAttributes } = inlineCode(html);
  const unique = (list: string[]) => [...new Set(list.map(hashSource))];
  const scriptSrc = ["'self'", "'wasm-unsafe-eval'", ...unique(scripts)];
  const attrHashes = unique(styleAttributes);
  const styleSrc = ["'self'", ...unique(styles), ...(attrHashes.length > 0 ? ["'unsafe-hashes'", ...attrHashes] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    `style-src ${styleSrc.join(" ")}`,
    "img-src 'self' data:",
    // Offline reading's service worker (registered only when a reader asks) and Pagefind's web worker.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/**
 * Insert the policy as the first element of <head>, after the page's character encoding declaration if it opens the
 * head (that must come within the first 1024 bytes, and a page with many diagrams has a long policy).
 */
export function injectPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildPolicy(html)}">`;
  return html.replace(/<head>(\s*<meta charset="[^"]*"\s*\/?>)?/i, (head: string) => `${head}${meta}`);
}
