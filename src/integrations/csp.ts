import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { htmlFiles } from "./built-pages.ts";
import { injectPolicy } from "../lib/csp.ts";

/** After the build, give every page a Content-Security-Policy meta tag hashed to its own inline code. */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: "kb-content-security-policy",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) writeFileSync(file, injectPolicy(readFileSync(file, "utf8")));
        logger.info(`Content-Security-Policy added to ${files.length} pages`);
      },
    },
  };
}
