// @ts-check
import mdx from "@astrojs/mdx";
import { defineConfig } from "astro/config";

// Deploying under a sub-path (e.g. GitHub Pages at /kb/) is a build-time choice: BASE=/kb/ npm run build.
const base = process.env.BASE ?? "/";
const site = process.env.SITE ?? "http://127.0.0.1:4321";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  // Two entries with one id must fail the build, never overwrite each other silently.
  prerenderConflictBehavior: "error",
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
