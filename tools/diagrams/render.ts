/**
 * Drawing one diagram: Mermaid in headless Chromium for each theme, the in-page fixes (timeline axis, Chinese line
 * breaks), the checks on what readers will see (HTML in labels, text contrast), then the SVG post-processing.
 */
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { withoutAccessibilityLines } from "../../src/lib/diagrams.ts";
import {
  avoidWidowsInPage,
  fitTimelineInPage,
  hangPunctuationInPage,
  rawMarkupInPage,
  renderIntoPage,
  svgMarkupInPage,
  textContrastsInPage,
} from "./in-page.ts";
import { mermaidConfig, PAGE_BACKGROUND, THEMES, type Theme } from "./palette.ts";
import type { Diagram } from "./sources.ts";
import { finishSvg } from "./svg.ts";

/** Debian's Chromium (CI installs it), started headless with nothing that reaches the network. */
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
/** Mermaid's browser bundle, loaded into the page from node_modules. */
const MERMAID_BUNDLE = fileURLToPath(new URL("../../node_modules/mermaid/dist/mermaid.min.js", import.meta.url));
/** WCAG AA contrast for normal text: a label below it is reported as a warning. */
const MIN_CONTRAST = 4.5;

/** Diagram types whose Mermaid grammar rejects accTitle/accDescr: those lines are left out when drawing (the SVG gets its <title>/<desc> afterwards). */
const ACC_UNSUPPORTED: readonly string[] = ["mindmap", "block-beta"];

/** A diagram's two finished SVGs, the lowest text contrast in each, and any warnings. */
export interface Rendered {
  svgs: Record<Theme, string>;
  contrast: Record<Theme, number>;
  warnings: string[];
}

/** Launch the browser the diagrams are drawn in. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A blank page with Mermaid's browser bundle loaded from node_modules (no network). */
export async function mermaidPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 2400, height: 1600 } });
  await page.setContent('<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"></head><body style="margin:0"></body></html>');
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  return page;
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
  if (svg.includes("<foreignObject"))
    warnings.push(`${diagram.file}: ${theme} SVG holds HTML labels (<foreignObject>), which print and assistive technology handle worse than SVG text`);
  return { svg, contrast: Math.min(...contrasts.map((c) => c.ratio)) };
}

/** Render one diagram in both themes; returns the finished SVGs, or throws naming the file. */
export async function renderDiagram(pages: Record<Theme, Page>, diagram: Diagram): Promise<Rendered> {
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
