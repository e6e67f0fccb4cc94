/**
 * A rendered SVG's way from Chromium to the repository, in Node: ids scoped to the SVG, an accessible name and
 * description, a responsive size, Mermaid's leftovers dropped, SVGO, a check that nothing readers need was lost, the stamp.
 */
import { optimize, type Config as SvgoConfig } from "svgo";
import { accessibleSvg, responsiveSvg, scopeSvgIds, stampSvg } from "../../src/lib/diagrams.ts";
import type { Diagram } from "./sources.ts";

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

/** Post-process one rendered SVG: scoped ids, accessible name and description, responsive size, SVGO, stamp. */
export function finishSvg(svg: string, svgId: string, diagram: Pick<Diagram, "file" | "hash" | "header">): string {
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
