import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { htmlFiles } from "./built-pages.ts";
import { markLatinRuns } from "../lib/lang-runs.ts";
import { readBuildEnv } from "../build-env.ts";

/** After the build, mark every English run in the pages' Chinese text with lang="en" (see src/lib/lang-runs.ts). */
export function latinRunsLang(): AstroIntegration {
  return {
    name: "kb-latin-runs-lang",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        // Integrations run outside Vite: the edition comes from the environment, as in astro.config.mjs.
        const pageLang = readBuildEnv(process.env).locale === "en" ? "en" : "zh-CN";
        const files = htmlFiles(fileURLToPath(dir));
        let changed = 0;
        for (const file of files) {
          const before = readFileSync(file, "utf8");
          const after = markLatinRuns(before, pageLang);
          if (after !== before) {
            writeFileSync(file, after);
            changed++;
          }
        }
        logger.info(`${pageLang === "en" ? 'Chinese runs marked lang="zh-CN"' : 'English runs marked lang="en"'} on ${changed} of ${files.length} pages`);
      },
    },
  };
}
