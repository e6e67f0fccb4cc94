/**
 * `npm run diagrams` — render every Mermaid source in content/diagrams/*.mmd to two inline-ready SVGs
 * (content/diagrams/rendered/<id>.light.svg and <id>.dark.svg), each stamped with the hash of its source.
 *
 *   --check        render nothing; exit 1 listing every diagram whose SVGs are missing or stale
 *   --force        re-render every diagram, fresh or not
 *   --dir <path>   the diagram folder (default content/diagrams); SVGs go to <path>/rendered
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Mermaid, MermaidConfig } from "mermaid";
import { chromium, type Browser, type Page } from "playwright-core";
import { optimize, type Config as SvgoConfig } from "svgo";
import {
  accessibleSvg,
  hashDiagramSource,
  normalizeDiagramSource,
  withoutAccessibilityLines,
  parseDiagramHeader,
  readSvgStamp,
  responsiveSvg,
  scopeSvgIds,
  stampSvg,
  type DiagramHeader,
} from "../../src/lib/diagrams.ts";
import { idFromFile } from "../../src/lib/ids.ts";

type Theme = "light" | "dark";
type Status = "fresh" | "stale" | "missing";

/** A diagram's two finished SVGs, the lowest text contrast in each, and any warnings. */
interface Rendered {
  svgs: Record<Theme, string>;
  contrast: Record<Theme, number>;
  warnings: string[];
}

/** One diagram source and what is known about its rendered SVGs. */
interface Diagram {
  id: string;
  file: string;
  source: string;
  hash: string;
  header: DiagramHeader;
  status: Status;
}

const THEMES: readonly Theme[] = ["light", "dark"];
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const MERMAID_BUNDLE = fileURLToPath(new URL("../../node_modules/mermaid/dist/mermaid.min.js", import.meta.url));
const FONT_FAMILY = '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif';
const MIN_CONTRAST = 4.5;

/** Diagram types whose Mermaid grammar rejects accTitle/accDescr: those lines are left out when drawing (the SVG gets its <title>/<desc> afterwards). */
const ACC_UNSUPPORTED: readonly string[] = ["mindmap", "block-beta"];

/** The page background each theme's SVG is shown on (global.css `--bg`); the SVG itself stays transparent. */
const PAGE_BACKGROUND: Record<Theme, string> = { light: "#fdfcf9", dark: "#15161a" };

/** A calm, scholarly palette per theme: tinted paper fills with near-black text, or deep ink fills with near-white text. */
const PALETTE = {
  light: {
    text: "#1d1d1f",
    line: "#55555b",
    fills: ["#e4ebf5", "#f2e8d8", "#e4eee1", "#eee4ec", "#e9ebd9", "#e0ecee", "#f3e3de", "#e8e6f3"],
    accents: ["#4f6a94", "#9a7442", "#587a58", "#8a5f84", "#74793f", "#3f7a83", "#9b5a48", "#625c9a"],
    node: { fill: "#e4ebf5", border: "#4f6a94" },
    cluster: { fill: "#f3f1ea", border: "#aaa494" },
    note: { fill: "#fff3c4", border: "#b39b4a" },
    root: { fill: "#3d5478", text: "#ffffff" },
  },
  dark: {
    text: "#ecebe6",
    line: "#a9a6a0",
    fills: ["#253149", "#3b3125", "#26362b", "#382a37", "#33351f", "#213639", "#3d2a25", "#2d2b45"],
    accents: ["#8fb0e6", "#d6ac72", "#93c293", "#cf9fc8", "#bcc47f", "#7fc2cc", "#e3a08d", "#aca6e6"],
    node: { fill: "#253149", border: "#8fb0e6" },
    cluster: { fill: "#1f2127", border: "#50545f" },
    note: { fill: "#3d3516", border: "#9c8a45" },
    root: { fill: "#9cb9ea", text: "#15161a" },
  },
} as const;

/** Mermaid theme variables for one theme ('base' theme, so every colour is ours). */
function themeVariables(theme: Theme): Record<string, string | boolean> {
  const p = PALETTE[theme];
  const variables: Record<string, string | boolean> = {
    darkMode: theme === "dark",
    background: PAGE_BACKGROUND[theme],
    fontFamily: FONT_FAMILY,
    fontSize: "16px",
    primaryColor: p.node.fill,
    primaryTextColor: p.text,
    primaryBorderColor: p.node.border,
    secondaryColor: p.fills[1],
    secondaryTextColor: p.text,
    secondaryBorderColor: p.accents[1],
    tertiaryColor: p.fills[2],
    tertiaryTextColor: p.text,
    tertiaryBorderColor: p.accents[2],
    mainBkg: p.node.fill,
    nodeBorder: p.node.border,
    nodeTextColor: p.text,
    textColor: p.text,
    titleColor: p.text,
    lineColor: p.line,
    defaultLinkColor: p.line,
    edgeLabelBackground: PAGE_BACKGROUND[theme],
    clusterBkg: p.cluster.fill,
    clusterBorder: p.cluster.border,
    noteBkgColor: p.note.fill,
    noteBorderColor: p.note.border,
    noteTextColor: p.text,
    actorTextColor: p.text,
    signalColor: p.line,
    signalTextColor: p.text,
    labelTextColor: p.text,
    loopTextColor: p.text,
    git0: p.root.fill,
    gitBranchLabel0: p.root.text,
  };
  for (let i = 0; i < 12; i++) {
    variables[`cScale${i}`] = p.fills[i % p.fills.length] ?? p.node.fill;
    variables[`cScaleLabel${i}`] = p.text;
    variables[`cScaleInv${i}`] = p.accents[i % p.accents.length] ?? p.node.border;
  }
  return variables;
}

/** Extra CSS (scoped by Mermaid to the SVG's id) for diagram types that hard-code colours the theme cannot reach. */
function themeCss(theme: Theme, type: string): string {
  const p = PALETTE[theme];
  if (type === "timeline") return `.lineWrapper line{stroke:${p.line};} marker path{fill:${p.line};stroke:${p.line};} .node-bkg{stroke:${p.line};stroke-width:0.5px;}`;
  if (type === "mindmap") return `.edge{stroke:${p.line} !important;} .node-bkg{stroke:${p.line};stroke-width:0.5px;}`;
  return "";
}

/** The Mermaid configuration one theme is rendered with. */
function mermaidConfig(theme: Theme, type: string): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: "strict",
    theme: "base",
    look: "classic",
    // Mermaid draws some shapes with rough.js even in the classic look; a fixed seed keeps re-renders byte-identical.
    handDrawnSeed: 1,
    darkMode: theme === "dark",
    themeVariables: themeVariables(theme),
    themeCSS: themeCss(theme, type),
    fontFamily: FONT_FAMILY,
    htmlLabels: false,
    // Mermaid 12 wraps SVG-text labels at 120px (7 CJK characters), splitting short phrases like "扩散阶段（核心）"; 160px keeps 10.
    flowchart: { useMaxWidth: true, padding: 12, wrappingWidth: 160 },
    timeline: { useMaxWidth: true },
    mindmap: { useMaxWidth: true },
    sequence: { useMaxWidth: true },
  };
}

/** Conservative SVGO settings: keep ids, titles, descriptions, shapes and grouping that Mermaid's CSS selects on. */
const SVGO_CONFIG: SvgoConfig = {
  multipass: false,
  plugins: [
    {
      name: "preset-default",
      params: {
        overrides: {
          // csso's restructuring reorders rules (and crashes on some of Mermaid's mindmap CSS): minify only.
          minifyStyles: { restructure: false },
          cleanupIds: false,
          inlineStyles: false,
          removeDesc: false,
          removeHiddenElems: false,
          removeUnknownsAndDefaults: false,
          convertShapeToPath: false,
          convertEllipseToCircle: false,
          collapseGroups: false,
          mergePaths: false,
          moveElemsAttrsToGroup: false,
          moveGroupAttrsToElems: false,
        },
      },
    },
  ],
};

/** In the page: render one source into the (cleared) body on the theme's page background; returns Mermaid's error message, or null. */
async function renderIntoPage(input: { svgId: string; source: string; config: MermaidConfig; background: string }): Promise<string | null> {
  const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
  document.body.innerHTML = "";
  document.body.style.background = input.background;
  try {
    mermaid.initialize(input.config);
    await mermaid.parse(input.source);
    const { svg } = await mermaid.render(input.svgId, input.source);
    document.body.innerHTML = svg;
    return document.querySelector("body > svg") === null ? "Mermaid returned no <svg>" : null;
  } catch (error) {
    document.body.innerHTML = "";
    return error instanceof Error ? error.message : String(error);
  }
}

/** In the page: end a left-to-right timeline's axis just after its last period, and narrow the viewBox to match (Mermaid draws it far past). */
function fitTimelineInPage(): void {
  const svg = document.querySelector("body > svg");
  if (!(svg instanceof SVGSVGElement) || svg.getAttribute("aria-roledescription") !== "timeline") return;
  const axis = [...svg.querySelectorAll(".lineWrapper line")].find((l) => l.getAttribute("y1") === l.getAttribute("y2") && l.getAttribute("stroke-width") === "4");
  const toUser = svg.getScreenCTM()?.inverse();
  const rights = [...svg.querySelectorAll(".timeline-node")].map((n) => new DOMPoint(n.getBoundingClientRect().right, 0).matrixTransform(toUser).x);
  const [x = 0, y = 0, , height = 0] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  if (axis === undefined || rights.length === 0) return;
  const end = Math.round(Math.max(...rights) + 40);
  axis.setAttribute("x2", String(end));
  svg.setAttribute("viewBox", `${x} ${y} ${end + 30 - x} ${height}`);
}

/**
 * In the page: Chinese line-breaking rule for wrapped SVG-text labels: a line may not start with closing punctuation (、，。）…),
 * so Mermaid's character-by-character wrap is corrected by hanging such a character at the end of the line before.
 */
function hangPunctuationInPage(): void {
  const closing = /^[、，。．：；！？）」』】》〉〕…—·,.:;!?)\]]/u;
  for (const text of document.querySelectorAll("body > svg text")) {
    const rows = [...text.querySelectorAll(":scope > tspan.row")];
    let removed = 0;
    rows.forEach((row, index) => {
      const y = parseFloat(row.getAttribute("y") ?? "");
      if (removed > 0 && !Number.isNaN(y)) row.setAttribute("y", `${+(y - 1.1 * removed).toFixed(2)}em`);
      const first = row.querySelector("tspan");
      const previous = rows[index - 1]?.querySelector("tspan:last-of-type");
      const content = first?.textContent ?? "";
      if (first === null || previous === null || previous === undefined || !closing.test(content)) return;
      const [mark = ""] = content;
      previous.textContent = `${previous.textContent ?? ""}${mark}`;
      first.textContent = content.slice(mark.length);
      if (row.textContent !== "") return;
      row.remove();
      removed += 1;
    });
    // The node was sized for the removed line(s): move the text down by half of them to keep it centred.
    const shift = (parseFloat(getComputedStyle(text).fontSize) * 1.1 * removed) / 2;
    if (removed > 0) text.setAttribute("transform", `translate(0 ${shift.toFixed(1)})`);
  }
}

/** In the page: a wrapped label's last line of one lone character takes the character before it along, so no line holds a single "向". */
function avoidWidowsInPage(): void {
  const closing = /^[、，。．：；！？）」』】》〉〕…—·,.:;!?)\]]/u;
  for (const text of document.querySelectorAll("body > svg text")) {
    const rows = [...text.querySelectorAll(":scope > tspan.row")];
    const last = rows.at(-1)?.querySelector("tspan");
    const before = rows.at(-2)?.querySelector("tspan:last-of-type");
    const lone = [...(last?.textContent ?? "")];
    const previous = [...(before?.textContent ?? "")];
    const moved = previous.at(-1) ?? "";
    if (!last || !before || lone.length !== 1 || previous.length < 4 || closing.test(moved) || closing.test(lone[0] ?? "")) continue;
    before.textContent = previous.slice(0, -1).join("");
    last.textContent = moved + lone.join("");
  }
}

/** In the page: the WCAG contrast ratio of every text label against what is drawn behind it (the fill under it, else the page), filters included. */
function textContrastsInPage(): { label: string; ratio: number }[] {
  const rgb = (css: string): number[] | null => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
    return m && (m[4] === undefined || Number(m[4]) > 0.5) ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  };
  const brightness = (el: Element | null): number => {
    let factor = 1;
    for (let e = el; e !== null; e = e.parentElement) factor *= Number(/brightness\(([\d.]+)\)/.exec(getComputedStyle(e).filter)?.[1] ?? 1);
    return factor;
  };
  const luminance = (color: number[], el: Element | null): number => {
    const f = brightness(el);
    const [r = 0, g = 0, b = 0] = color.map((v) => Math.min(255, v * f) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const behind = (text: Element): [number[], Element | null] => {
    const box = text.getBoundingClientRect();
    for (const el of document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)) {
      if (el.closest("text") !== null || !(el instanceof SVGGeometryElement) || el instanceof SVGLineElement) continue;
      const fill = rgb(getComputedStyle(el).fill);
      if (fill !== null) return [fill, el];
    }
    return [rgb(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255], null];
  };
  // The glyphs' colour is that of the element holding the characters (a <tspan> may be styled apart from its <text>).
  const holdsGlyphs = (el: Element): boolean => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
  return [...document.querySelectorAll("body > svg text")].flatMap((text) => {
    const label = text.textContent?.trim() ?? "";
    if (label === "") return [];
    text.scrollIntoView({ block: "center", inline: "center" });
    const [back, backEl] = behind(text);
    const holders = [text, ...text.querySelectorAll("tspan")].filter(holdsGlyphs);
    const ratios = holders.map((el) => [luminance(rgb(getComputedStyle(el).fill) ?? [0, 0, 0], el), luminance(back, backEl)]);
    return ratios.map(([a = 0, b = 0]) => ({ label, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) }));
  });
}

/** In the page: labels that show HTML tags as text (SVG text cannot render `<b>` and the like). */
function rawMarkupInPage(): string[] {
  const labels = [...document.querySelectorAll("body > svg text")].map((t) => t.textContent?.trim() ?? "");
  return labels.filter((label) => /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(label));
}

/** In the page: the rendered SVG's markup. */
function svgMarkupInPage(): string {
  return document.querySelector("body > svg")?.outerHTML ?? "";
}

/** A blank page with Mermaid's browser bundle loaded from node_modules (no network). */
async function mermaidPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 2400, height: 1600 } });
  await page.setContent('<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"></head><body style="margin:0"></body></html>');
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  return page;
}

/** Post-process one rendered SVG: scoped ids, accessible name and description, responsive size, SVGO, stamp. */
function finishSvg(svg: string, svgId: string, diagram: Diagram): string {
  const accessible = accessibleSvg(scopeSvgIds(svg, svgId), diagram.header);
  const optimized = optimize(responsiveSvg(withoutRenderData(accessible)), SVGO_CONFIG).data;
  assertFinished(optimized, svgId, diagram.file);
  return stampSvg(optimized, diagram.hash);
}

/** Drop what only Mermaid's own scripts read (`data-*` attributes its CSS never selects on), arrow markers no edge uses, and marker references to nothing. */
function withoutRenderData(svg: string): string {
  const css = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? "";
  return svg
    .replace(/\s(data-[\w-]+)="[^"]*"/g, (attribute: string, name: string) => (css.includes(`[${name}`) ? attribute : ""))
    .replace(/<marker\b[^>]*\bid="([^"]+)"[\s\S]*?<\/marker>/g, (marker: string, id: string) => (svg.includes(`url(#${id})`) ? marker : ""))
    .replace(/\smarker-(?:start|mid|end)="url\(#([^)]+)\)"/g, (attribute: string, id: string) => (svg.includes(`id="${id}"`) ? attribute : ""));
}

/** Refuse an SVG that lost what readers need on the way through SVGO (its title, description, viewBox or id). */
function assertFinished(svg: string, svgId: string, file: string): void {
  const missing = [`id="${svgId}"`, "viewBox=", "<title", "<desc", "aria-labelledby="].filter((part) => !svg.includes(part));
  if (missing.length > 0) throw new Error(`${file}: field "source" rendered an SVG without ${missing.join(", ")}`);
}

/** Render one theme of a diagram and check what the reader will see; returns the raw SVG and its lowest text contrast, or throws naming the file. */
async function renderTheme(page: Page, diagram: Diagram, theme: Theme, warnings: string[]): Promise<{ svg: string; contrast: number }> {
  const svgId = `dg-${diagram.id}-${theme}`;
  const source = ACC_UNSUPPORTED.includes(diagram.header.type) ? withoutAccessibilityLines(diagram.source) : diagram.source;
  const input = { svgId, source, config: mermaidConfig(theme, diagram.header.type), background: PAGE_BACKGROUND[theme] };
  const error = await page.evaluate(renderIntoPage, input);
  if (error !== null) throw new Error(`${diagram.file}: field "source" is malformed Mermaid: ${error}`);
  const rawMarkup = await page.evaluate(rawMarkupInPage);
  if (rawMarkup.length > 0) throw new Error(rawMarkupMessage(diagram.file, rawMarkup));
  await page.evaluate(fitTimelineInPage);
  await page.evaluate(hangPunctuationInPage);
  await page.evaluate(avoidWidowsInPage);
  const contrasts = await page.evaluate(textContrastsInPage);
  const low = contrasts.filter((c) => c.ratio < MIN_CONTRAST).map((c) => `"${c.label}" ${c.ratio.toFixed(2)}:1`);
  if (low.length > 0) warnings.push(`${diagram.file}: ${theme} SVG has text below ${MIN_CONTRAST}:1 contrast: ${low.join(", ")}`);
  const svg = await page.evaluate(svgMarkupInPage);
  if (svg.includes("<foreignObject")) warnings.push(`${diagram.file}: ${theme} SVG holds HTML labels (<foreignObject>), which print and assistive technology handle worse than SVG text`);
  return { svg, contrast: Math.min(...contrasts.map((c) => c.ratio)) };
}

/** Render one diagram in both themes; returns the finished SVGs, or throws naming the file. */
async function renderDiagram(pages: Record<Theme, Page>, diagram: Diagram): Promise<Rendered> {
  const svgs: Record<Theme, string> = { light: "", dark: "" };
  const contrast: Record<Theme, number> = { light: 0, dark: 0 };
  const warnings: string[] = [];
  for (const theme of THEMES) {
    const rendered = await renderTheme(pages[theme], diagram, theme, warnings);
    svgs[theme] = finishSvg(rendered.svg, `dg-${diagram.id}-${theme}`, diagram);
    contrast[theme] = rendered.contrast;
  }
  return { svgs, contrast, warnings };
}

/** Why a label drawn as SVG text must not hold HTML tags, and what to write instead. */
function rawMarkupMessage(file: string, labels: readonly string[]): string {
  return (
    `${file}: field "source" has HTML markup in a label, which SVG text shows literally: ${labels.map((l) => JSON.stringify(l)).join(", ")}. ` +
    'Keep <br/> for line breaks; for bold or italic use a Mermaid Markdown string, e.g. A["`第一行<br/>**加粗**`"].'
  );
}

/** Path of a diagram's rendered SVG for one theme inside a diagram folder. */
function svgPath(dir: string, id: string, theme: Theme): string {
  return join(dir, "rendered", `${id}.${theme}.svg`);
}

/** Whether both of a diagram's SVGs exist and carry the stamp of its current source. */
function statusOf(dir: string, id: string, hash: string): Status {
  const stamps = THEMES.map((theme) => svgPath(dir, id, theme)).map((path) => (existsSync(path) ? readSvgStamp(readFileSync(path, "utf8")) : undefined));
  if (stamps.includes(undefined)) return "missing";
  return stamps.every((stamp) => stamp === hash) ? "fresh" : "stale";
}

/** Read and check one diagram source; throws naming the file and field. */
function readDiagram(dir: string, name: string): Diagram {
  const file = join(dir, name);
  const id = idFromFile(file);
  const text = readFileSync(file, "utf8");
  const header = parseDiagramHeader(text, file);
  const hash = hashDiagramSource(text);
  // Render exactly what the stamp's hash covers, so equal stamps always mean equal pictures.
  const source = normalizeDiagramSource(text);
  return { id, file, source, hash, header, status: statusOf(dir, id, hash) };
}

/** Every diagram in a folder, plus the errors of those that could not be read. */
function readDiagrams(dir: string): { diagrams: Diagram[]; errors: string[] } {
  if (!existsSync(dir)) return { diagrams: [], errors: [`${dir}: field "dir" names no folder`] };
  const diagrams: Diagram[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".mmd")).sort()) {
    try {
      diagrams.push(readDiagram(dir, name));
    } catch (error) {
      errors.push(messageOf(error));
    }
  }
  return { diagrams, errors };
}

/** The message of anything thrown. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `--check`: list every diagram whose SVGs are missing or stale; the exit code is 1 when there is any. */
function check(dir: string, diagrams: readonly Diagram[], errors: readonly string[]): number {
  const outdated = diagrams.filter((d) => d.status !== "fresh");
  for (const d of outdated) console.error(`${d.status.padEnd(8)} ${d.file} (${join(dir, "rendered", d.id)}.{light,dark}.svg)`);
  for (const error of errors) console.error(error);
  const fresh = diagrams.length - outdated.length;
  console.log(`${fresh} of ${diagrams.length} diagram(s) up to date${outdated.length > 0 ? `; run \`npm run diagrams\` to render ${outdated.length}` : ""}.`);
  return outdated.length > 0 || errors.length > 0 ? 1 : 0;
}

/** Render the diagrams that need it (all of them with `force`), writing both SVGs of each; returns the exit code. */
async function render(dir: string, diagrams: readonly Diagram[], errors: string[], force: boolean): Promise<number> {
  const todo = diagrams.filter((d) => force || d.status !== "fresh");
  for (const d of diagrams) if (!todo.includes(d)) console.log(`fresh    ${d.file}`);
  if (todo.length > 0) {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    try {
      const pages = { light: await mermaidPage(browser), dark: await mermaidPage(browser) };
      for (const diagram of todo) await renderOne(dir, pages, diagram, errors);
    } finally {
      await browser.close();
    }
  }
  for (const error of errors) console.error(error);
  return errors.length > 0 ? 1 : 0;
}

/** Render and write one diagram, printing one line; a failure is added to `errors` instead of thrown. */
async function renderOne(dir: string, pages: Record<Theme, Page>, diagram: Diagram, errors: string[]): Promise<void> {
  try {
    const { svgs, contrast, warnings } = await renderDiagram(pages, diagram);
    mkdirSync(join(dir, "rendered"), { recursive: true });
    for (const theme of THEMES) writeFileSync(svgPath(dir, diagram.id, theme), svgs[theme]);
    const sizes = THEMES.map((theme) => `${theme} ${(Buffer.byteLength(svgs[theme]) / 1024).toFixed(1)} KB (text contrast ≥ ${contrast[theme].toFixed(1)}:1)`);
    console.log(`rendered ${diagram.file} (was ${diagram.status}) → ${sizes.join(", ")}`);
    for (const warning of warnings) console.warn(`warning: ${warning}`);
  } catch (error) {
    const message = messageOf(error);
    console.log(`FAILED   ${diagram.file}`);
    errors.push(message.startsWith(diagram.file) ? message : `${diagram.file}: ${message}`);
  }
}

/** Entry point: parse the command line, then check or render. */
async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { check: { type: "boolean", default: false }, force: { type: "boolean", default: false }, dir: { type: "string", default: "content/diagrams" } },
  });
  const dir = values.dir;
  const { diagrams, errors } = readDiagrams(dir);
  if (values.check) return check(dir, diagrams, errors);
  return render(dir, diagrams, errors, values.force);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 2;
  },
);
