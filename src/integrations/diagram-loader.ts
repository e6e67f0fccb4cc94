import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Loader } from "astro/loaders";
import { hashDiagramSource, parseDiagramHeader, readSvgStamp } from "../lib/diagrams.ts";
import { idFromFile } from "../lib/ids.ts";

/** Where diagram sources live, and where their build-time SVGs are kept beside them. */
export const DIAGRAM_DIR = "content/diagrams";
export const RENDERED_DIR = `${DIAGRAM_DIR}/rendered`;

/** Path of a diagram's rendered SVG for one theme. */
export const renderedPath = (root: string, id: string, theme: "light" | "dark", dir = DIAGRAM_DIR) => join(root, dir, "rendered", `${id}.${theme}.svg`);

/**
 * Load Mermaid diagrams (`content/diagrams/*.mmd`) with the SVGs rendered from them.
 * A source whose SVG is missing or was rendered from an older source fails the build.
 */
export function diagrams(root = process.cwd(), diagramDir = DIAGRAM_DIR): Loader {
  return {
    name: "mermaid-diagrams",
    load: async ({ store, parseData }) => {
      store.clear();
      const dir = join(root, diagramDir);
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith(".mmd"))
            .sort()
        : [];
      for (const name of files) {
        const file = `${diagramDir}/${name}`;
        const id = idFromFile(file);
        const source = readFileSync(join(root, file), "utf8");
        const header = parseDiagramHeader(source, file);
        const hash = hashDiagramSource(source);
        const svg = { light: "", dark: "" };
        for (const theme of ["light", "dark"] as const) {
          const path = renderedPath(root, id, theme, diagramDir);
          const text = existsSync(path) ? readFileSync(path, "utf8") : "";
          if (readSvgStamp(text) !== hash) {
            throw new Error(
              `${file}: field "source" changed since its ${theme} SVG was rendered (${existsSync(path) ? "stale" : "missing"}: ${diagramDir}/rendered/${id}.${theme}.svg). Run \`npm run diagrams\`.`,
            );
          }
          svg[theme] = text.replace(/^<!--[^>]*-->\s*/, "");
        }
        const data = await parseData({ id, data: { ...header, source, hash, svgLight: svg.light, svgDark: svg.dark }, filePath: file });
        store.set({ id, data, filePath: file });
      }
    },
  };
}
