import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { htmlFiles } from "./built-pages.ts";
import { deferScripts } from "../lib/deferred-scripts.ts";

/** After the build, make the scripts named in src/lib/deferred-scripts.ts wait for the reader (see there). */
export function deferredScripts(): AstroIntegration {
  return {
    name: "kb-deferred-scripts",
    hooks: {
      "astro:build:done": ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, "utf8");
          const deferred = deferScripts(html);
          if (deferred !== html) writeFileSync(file, deferred);
        }
      },
    },
  };
}
