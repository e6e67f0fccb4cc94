// @ts-check
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { readConceptTerms } from "./src/integrations/concept-terms.ts";
import { contentSecurityPolicy } from "./src/integrations/csp.ts";
import { latinRunsLang } from "./src/integrations/lang-runs.ts";
import { rehypeConceptLinks } from "./src/integrations/rehype-concept-links.ts";

// Deploying under a sub-path (e.g. GitHub Pages at /kb/) is a build-time choice: BASE=/kb/ npm run build.
const base = process.env.BASE ?? "/";
const site = process.env.SITE ?? "http://127.0.0.1:4321";
const root = base.endsWith("/") ? base : `${base}/`;

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Two entries with one id must fail the build, never overwrite each other silently.
  prerenderConflictBehavior: "error",
  markdown: {
    // The first mention of each concept in a body links to its concept page.
    processor: unified({
      rehypePlugins: [[rehypeConceptLinks, { terms: readConceptTerms(process.cwd()), href: (/** @type {string} */ id) => `${root}concepts/${id}/` }]],
    }),
  },
  // Scripts and styles ship as files (the policy then needs hashes only for the few inline pieces).
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [mdx(), latinRunsLang(), contentSecurityPolicy()],
  devToolbar: { enabled: false },
});
