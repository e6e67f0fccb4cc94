/**
 * The diagrams' look: a calm palette per theme (light and dark) and the Mermaid configuration each theme is drawn with.
 */
import type { MermaidConfig } from "mermaid";

/** The two colour schemes every diagram is rendered in (one SVG each). */
export type Theme = "light" | "dark";

/** Both themes, in the order they are rendered. */
export const THEMES: readonly Theme[] = ["light", "dark"];

/** Chinese fonts first (the labels are Chinese), then the system sans-serif. */
const FONT_FAMILY = '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif';

/** The page background each theme's SVG is shown on (global.css `--bg`); the SVG itself stays transparent. */
export const PAGE_BACKGROUND: Record<Theme, string> = { light: "#fdfcf9", dark: "#15161a" };

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
  if (type === "timeline")
    return `.lineWrapper line{stroke:${p.line};} marker path{fill:${p.line};stroke:${p.line};} .node-bkg{stroke:${p.line};stroke-width:0.5px;}`;
  if (type === "mindmap") return `.edge{stroke:${p.line} !important;} .node-bkg{stroke:${p.line};stroke-width:0.5px;}`;
  return "";
}

/** The Mermaid configuration one theme is rendered with. */
export function mermaidConfig(theme: Theme, type: string): MermaidConfig {
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
