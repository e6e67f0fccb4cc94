import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { readBuildEnv } from "../../src/build-env.ts";
import { ROOT } from "./project.ts";

/** The built site under test (DIST overrides). */
export const DIST = process.env["DIST"] ?? join(ROOT, "dist");

/** The base path the site under test was built with (KB_BASE_PATH, read and checked as the build reads it). */
export const BASE = readBuildEnv(process.env).basePath;

/** Read access to one built site: its pages, parsed, and how its links map to files. */
export interface BuiltSite {
  htmlFiles(): string[];
  page(sitePath: string): HTMLElement;
  targetOf(href: string): { file: string; anchor: string | undefined } | null;
  exists(file: string): boolean;
  /** Every internal link or #anchor on a page that does not resolve. */
  brokenLinks(file: string): string[];
}

/** Open a built site folder served under `base`. */
export function openSite(dist: string, base: string): BuiltSite {
  const cache = new Map<string, HTMLElement>();
  const site: BuiltSite = {
    htmlFiles() {
      if (!existsSync(dist)) throw new Error(`${dist} does not exist: run \`npm run build\` first`);
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) return name === "pagefind" || name === "_astro" ? [] : walk(path);
          return name.endsWith(".html") ? [relative(dist, path)] : [];
        });
      return walk(dist).sort();
    },
    page(sitePath) {
      const file = sitePath.endsWith("/") || sitePath === "" ? `${sitePath}index.html` : sitePath;
      let doc = cache.get(file);
      if (doc === undefined) {
        doc = parse(readFileSync(join(dist, file), "utf8"));
        cache.set(file, doc);
      }
      return doc;
    },
    targetOf(href) {
      const [pathPart = "", anchor] = href.split("#");
      const path = pathPart.split("?")[0] ?? "";
      if (!path.startsWith(base)) return null;
      const rest = decodeURIComponent(path.slice(base.length));
      const file = rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest;
      return { file, anchor: anchor === undefined || anchor === "" ? undefined : decodeURIComponent(anchor) };
    },
    exists(file) {
      return existsSync(join(dist, file));
    },
    brokenLinks(file) {
      const broken: string[] = [];
      for (const a of site.page(file).querySelectorAll("a[href]")) {
        const href = a.getAttribute("href") ?? "";
        if (/^(https?:|mailto:)/.test(href)) continue;
        if (href.startsWith("#")) {
          const id = decodeURIComponent(href.slice(1));
          if (id !== "" && site.page(file).getElementById(id) === null) broken.push(href);
          continue;
        }
        const target = site.targetOf(href);
        if (target === null || !site.exists(target.file)) {
          broken.push(href);
          continue;
        }
        if (target.anchor !== undefined && target.file.endsWith(".html") && site.page(target.file).getElementById(target.anchor) === null) broken.push(href);
      }
      return broken;
    },
  };
  return site;
}

const DEFAULT = openSite(DIST, BASE);

/** Every HTML file of the built site, as site paths ("table-1/index.html"). */
export const htmlFiles = (): string[] => DEFAULT.htmlFiles();
/** The parsed document of a built file, by site path ("table-1/index.html" or "table-1/"). */
export const page = (sitePath: string): HTMLElement => DEFAULT.page(sitePath);
/** Map an absolute URL path under BASE ("/kb/table-1/#x") to a built file and anchor, or null if outside. */
export const targetOf = (href: string) => DEFAULT.targetOf(href);
/** Whether a built file exists. */
export const exists = (file: string): boolean => DEFAULT.exists(file);

/** Normalised text content of an element (white space collapsed). */
export function text(el: HTMLElement | null | undefined): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}
