import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The link-preview module's source (src/client/preview.ts) and the sources it bundles, which name its file. */
const SOURCES = ["../client/preview.ts", "../lib/preview-card.ts"].map((p) => fileURLToPath(new URL(p, import.meta.url)));

/**
 * The file name of the link-preview module under the edition's base ("_astro/preview.<hash>.js"): fixed before the
 * build (from its sources), so that the every-page script can import it by name while staying inline (Astro inlines
 * a script only when it has no import the bundler can follow).
 */
export function previewFileName(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES) hash.update(readFileSync(file));
  return `_astro/preview.${hash.digest("hex").slice(0, 8)}.js`;
}

/** A Vite plugin that builds src/client/preview.ts as its own module, named by previewFileName(), in the browser's build. */
export function previewModule(fileName: string) {
  return {
    name: "kb-preview-module",
    apply: "build" as const,
    applyToEnvironment: (environment: { name: string }) => environment.name === "client",
    buildStart(this: { emitFile(file: { type: "chunk"; id: string; fileName: string }): string }) {
      this.emitFile({ type: "chunk", id: SOURCES[0] ?? "", fileName });
    },
  };
}
