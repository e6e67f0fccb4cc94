import { z } from "astro/zod";

/** A Mermaid diagram with its build-time SVGs (filled in by the diagram loader). */
export const diagramSchema = z.strictObject({
  /** The Mermaid diagram type (first line). */
  type: z.string().min(1),
  /** Accessible title (Mermaid `accTitle`). */
  accTitle: z.string().min(1),
  /** Text alternative (Mermaid `accDescr`). */
  accDescr: z.string().min(1),
  /** The Mermaid source. */
  source: z.string().min(1),
  /** Hash of the source the SVGs were rendered from. */
  hash: z.string().regex(/^[0-9a-f]{16}$/),
  /** SVG rendered with the light theme. */
  svgLight: z.string().startsWith("<svg"),
  /** SVG rendered with the dark theme. */
  svgDark: z.string().startsWith("<svg"),
});
