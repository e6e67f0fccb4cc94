/**
 * What one built page costs a reader: the bytes it transfers before any interaction (HTML, the
 * stylesheets and scripts it links, their static imports, its images), set against the gzip size
 * of its own visible text. Sizes are gzip at level 9 (node:zlib), or the raw size when a file is
 * already compressed and gzip would not shrink it.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { NodeType, parse, type HTMLElement, type Node } from "node-html-parser";

/** A size in bytes: as stored and as transferred. */
export interface Size {
  raw: number;
  gzip: number;
}

/** One file a page loads. */
export interface Asset extends Size {
  url: string;
  /** True when the URL names no file in dist/ (the browser would get a 404). */
  missing?: true;
}

/** What one page costs, in bytes. */
export interface PageWeight {
  type: string;
  url: string;
  html: Size;
  css: Asset[];
  /** External scripts loaded without interaction, with their static imports (dynamic import() excluded). */
  scripts: Asset[];
  /** The inline scripts' text (part of the HTML bytes; gzip of their concatenation). */
  inlineScripts: Size & { count: number };
  images: Asset[];
  /** Inline SVG of `.diagram` figures (part of the HTML bytes; gzip of their concatenation), and any script mentioning Mermaid. */
  diagrams: { count: number; svg: Size; jsGzip: number };
  /** The page's own text: the visible text of <main>, white space collapsed. */
  floor: Size;
  totals: PageTotals;
}

/** A page's transfer by kind, in gzip bytes; `transferred` counts each byte once (inline scripts and SVG are inside the HTML). */
export interface PageTotals {
  html: number;
  css: number;
  js: number;
  images: number;
  transferred: number;
  overhead: number;
}

/** The site's origin as the pages see it (any origin will do: only paths are compared). */
const ORIGIN = "http://site.invalid";

/** Elements whose text a reader does not see as the page's text (a diagram's text is counted with the diagram). */
const NOT_TEXT: ReadonlySet<string> = new Set(["script", "style", "template", "noscript", "svg"]);

/** Gzip size at level 9. */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Transferred size of a file's bytes: gzip -9, or raw when already compressed. */
export function sizeOf(data: Uint8Array): Size {
  return { raw: data.length, gzip: Math.min(data.length, gzipSize(data)) };
}

/** Weigh the built page `path` (e.g. "paper-a/index.html") of the site in `dist`, served at "/". */
export function weighPage(dist: string, type: string, path: string): PageWeight {
  const source = readFileSync(join(dist, path), "utf8");
  const doc = parse(source, { comment: false });
  const pageUrl = new URL(path.replace(/index\.html$/, ""), `${ORIGIN}/`);
  const load = (href: string) => loadAsset(dist, new URL(href, pageUrl));
  const { inline, external } = scriptsOf(doc, dist, load);
  const images = [...attrs(doc, "img", "src"), ...attrs(doc, 'link[rel~="icon"], link[rel="apple-touch-icon"]', "href")].map(load);
  const weight = {
    type,
    url: pageUrl.pathname,
    html: sizeOf(Buffer.from(source)),
    css: attrs(doc, 'link[rel~="stylesheet"]', "href").map(load),
    scripts: external,
    inlineScripts: { ...textSize(inline.join("\n")), count: inline.length },
    images,
    diagrams: diagramsOf(
      doc,
      source,
      inline,
      external.filter((s) => mentionsMermaid(dist, s.url)),
    ),
    floor: textSize(visibleText(doc.querySelector("main") ?? doc.querySelector("body") ?? doc)),
  };
  return { ...weight, totals: totalsOf(weight) };
}

/** The page's inline scripts (their text) and the script files it loads without interaction, with their static imports. */
function scriptsOf(doc: HTMLElement, dist: string, load: (href: string) => Asset): { inline: string[]; external: Asset[] } {
  const scripts = doc.querySelectorAll("script").filter(isJavaScript);
  const inline = scripts.filter((s) => !s.hasAttribute("src")).map((s) => s.rawText);
  const sources = [...scripts.flatMap((s) => s.getAttribute("src") ?? []), ...inline.flatMap(staticImports)];
  return { inline, external: withImports(dist, sources.map(load)) };
}

/** The `.diagram` figures' inline SVG, exactly as in the HTML, and the gzip bytes of any script for diagrams. */
function diagramsOf(doc: HTMLElement, source: string, inline: readonly string[], mermaidFiles: readonly Asset[]): PageWeight["diagrams"] {
  const outermost = doc.querySelectorAll(".diagram svg").filter((svg) => (svg.parentNode?.closest("svg") ?? null) === null);
  const svg = textSize(outermost.map((el) => source.slice(el.range[0], el.range[1])).join("\n"));
  const jsGzip = sum([...mermaidFiles.map((a) => a.gzip), ...inline.filter((t) => /mermaid/i.test(t)).map(gzipSize)]);
  return { count: doc.querySelectorAll(".diagram").length, svg, jsGzip };
}

function totalsOf(page: Omit<PageWeight, "totals">): PageTotals {
  const css = sum(page.css.map((a) => a.gzip));
  const external = sum(page.scripts.map((a) => a.gzip));
  const images = sum(page.images.map((a) => a.gzip));
  const transferred = page.html.gzip + css + external + images;
  return { html: page.html.gzip, css, js: external + page.inlineScripts.gzip, images, transferred, overhead: transferred - page.floor.gzip };
}

/** The visible text of an element: text nodes outside scripts, styles, SVG and hidden elements, white space collapsed. */
export function visibleText(root: HTMLElement): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) parts.push(node.text);
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (NOT_TEXT.has(el.rawTagName?.toLowerCase() ?? "") || el.hasAttribute("hidden")) return;
    el.childNodes.forEach(visit);
  };
  root.childNodes.forEach(visit);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The static import specifiers of a JavaScript module (`import … from "x"`, `import "x"`, `export … from "x"`); not `import()`. */
export function staticImports(code: string): string[] {
  const found = code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g);
  return [...found].map((m) => m[1] ?? "").filter((s) => s !== "");
}

/** The specifiers a JavaScript module imports dynamically with a fixed string (`import("./x.js")`); computed ones are skipped. */
export function dynamicImports(code: string): string[] {
  const found = code.matchAll(/(?:^|[^\w$.])import\s*\(\s*(?:\/\*[\s\S]*?\*\/\s*)?[`"']([^`"'$]+)[`"']\s*\)/g);
  return [...found].map((m) => m[1] ?? "").filter((s) => s !== "");
}

/** The script files a page's scripts import dynamically from dist/_astro (loaded on interaction), with their static imports, less what the page loads already. */
export function lazyScripts(dist: string, page: PageWeight): Asset[] {
  const loaded = new Set(page.scripts.map((s) => s.url));
  const lazy = page.scripts
    .filter((s) => s.missing !== true)
    .flatMap((s) => dynamicImports(readFileSync(fileOf(dist, s.url), "utf8")).map((specifier) => new URL(specifier, new URL(s.url, `${ORIGIN}/`))))
    .filter((u) => u.origin === ORIGIN && isBuiltScript(u.pathname));
  return withImports(
    dist,
    lazy.map((u) => loadAsset(dist, u)),
  ).filter((a) => !loaded.has(a.url));
}

/** A script Astro built: under _astro/ of either edition (/_astro/, /en/_astro/). */
const isBuiltScript = (pathname: string): boolean => /^\/(?:en\/)?_astro\//.test(pathname);

/** The scripts plus everything they import statically from dist/_astro, each file once. */
function withImports(dist: string, scripts: readonly Asset[]): Asset[] {
  const seen = new Map<string, Asset>();
  const queue = [...scripts];
  for (let asset = queue.shift(); asset !== undefined; asset = queue.shift()) {
    if (seen.has(asset.url)) continue;
    seen.set(asset.url, asset);
    if (asset.missing === true) continue;
    const base = new URL(asset.url, `${ORIGIN}/`);
    const imports = staticImports(readFileSync(fileOf(dist, base.pathname), "utf8")).map((s) => new URL(s, base));
    queue.push(...imports.filter((u) => u.origin === ORIGIN && isBuiltScript(u.pathname)).map((u) => loadAsset(dist, u)));
  }
  return [...seen.values()];
}

function loadAsset(dist: string, url: URL): Asset {
  const file = fileOf(dist, url.pathname);
  if (url.origin !== ORIGIN || !existsSync(file) || !statSync(file).isFile()) return { url: url.href, raw: 0, gzip: 0, missing: true };
  return { url: url.pathname, ...sizeOf(readFileSync(file)) };
}

function fileOf(dist: string, pathname: string): string {
  const path = decodeURIComponent(pathname);
  return join(dist, path.endsWith("/") ? `${path}index.html` : path);
}

function mentionsMermaid(dist: string, url: string): boolean {
  const file = fileOf(dist, url);
  return existsSync(file) && /mermaid/i.test(readFileSync(file, "utf8"));
}

/** Whether a <script> element runs JavaScript (not JSON data or a template). */
function isJavaScript(script: HTMLElement): boolean {
  const type = (script.getAttribute("type") ?? "").trim().toLowerCase();
  return type === "" || type === "module" || type === "text/javascript";
}

function attrs(doc: HTMLElement, selector: string, name: string): string[] {
  return doc.querySelectorAll(selector).flatMap((el) => el.getAttribute(name) ?? []);
}

function textSize(text: string): Size {
  return text === "" ? { raw: 0, gzip: 0 } : { raw: Buffer.byteLength(text), gzip: gzipSize(text) };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
