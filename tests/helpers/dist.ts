import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { ROOT } from "./project.ts";

/** The built site under test (DIST overrides, e.g. for a sub-path build). */
export const DIST = process.env["DIST"] ?? join(ROOT, "dist");

/** The base path the site under test was built with. */
export const BASE = process.env["BASE"] ?? "/";

/** Every HTML file of the built site, as site paths ("table-1/index.html"). */
export function htmlFiles(): string[] {
  if (!existsSync(DIST)) throw new Error(`${DIST} does not exist: run \`npm run build\` first`);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === "pagefind" || name === "_astro" ? [] : walk(path);
      return name.endsWith(".html") ? [relative(DIST, path)] : [];
    });
  return walk(DIST).sort();
}

const cache = new Map<string, HTMLElement>();

/** The parsed document of a built file, by site path ("table-1/index.html" or "table-1/"). */
export function page(sitePath: string): HTMLElement {
  const file = sitePath.endsWith("/") || sitePath === "" ? `${sitePath}index.html` : sitePath;
  let doc = cache.get(file);
  if (doc === undefined) {
    doc = parse(readFileSync(join(DIST, file), "utf8"));
    cache.set(file, doc);
  }
  return doc;
}

/** Map an absolute URL path under BASE ("/kb/table-1/#x") to a built file and anchor, or null if outside. */
export function targetOf(href: string): { file: string; anchor: string | undefined } | null {
  const [pathPart = "", anchor] = href.split("#");
  const path = pathPart.split("?")[0] ?? "";
  if (!path.startsWith(BASE)) return null;
  const rest = decodeURIComponent(path.slice(BASE.length));
  const file = rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
  return { file, anchor: anchor === undefined || anchor === "" ? undefined : decodeURIComponent(anchor) };
}

/** Whether a built file exists. */
export function exists(file: string): boolean {
  return existsSync(join(DIST, file));
}

/** Normalised text content of an element (white space collapsed). */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}
