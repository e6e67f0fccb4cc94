// @ts-check
import mdx from "@astrojs/mdx";
import { unified } from "@astrojs/markdown-remark";
import { defineConfig } from "astro/config";
import { readBuildEnv } from "./src/build-env.ts";
import { readConceptTerms } from "./src/integrations/concept-terms.ts";
import { contentSecurityPolicy } from "./src/integrations/csp.ts";
import { deferredScripts } from "./src/integrations/deferred-scripts.ts";
import { isDeferredScript } from "./src/lib/deferred-scripts.ts";
import { latinRunsLang } from "./src/integrations/lang-runs.ts";
import { previewFileName, previewModule } from "./src/integrations/preview.ts";
import { rehypeConceptLinks } from "./src/integrations/rehype-concept-links.ts";
import { rehypeAsciiHeadingIds } from "./src/integrations/rehype-heading-ids.ts";

// Where the site is published is a build-time choice, checked in src/build-env.ts with a message naming the variable:
// KB_SITE_URL=https://user.github.io KB_BASE_PATH=/kb/ npm run build (GitHub Pages at /kb/).
// KB_LOCALE=en makes the English edition under <base>en/ (npm run build makes both; see src/build-env.ts).
const { siteUrl: site, basePath: rootBase, locale, editionBase: base } = readBuildEnv(process.env);
// The link-preview module, loaded by the every-page script on the reader's first intent (src/integrations/preview.ts).
const preview = previewFileName();

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Each edition keeps its own cache: the two builds run side by side (tools/build/cli.ts) and neither clears the other's
  // content store when it finds the other edition's config there.
  cacheDir: `./node_modules/.astro/${locale}/`,
  // Two entries with one id must fail the build, never overwrite each other silently.
  prerenderConflictBehavior: "error",
  markdown: {
    // Headings get stable ASCII ids (pinyin); the first mention of each concept in a body links to its concept page.
    // MDX bodies run the same plugins (@astrojs/mdx takes them from this processor).
    processor: unified({
      rehypePlugins: [
        rehypeAsciiHeadingIds,
        [rehypeConceptLinks, { terms: readConceptTerms(process.cwd(), locale), href: (/** @type {string} */ id) => `${base}concepts/${id}/` }],
      ],
    }),
  },
  // Scripts and styles ship as files (the policy then needs hashes only for the few inline pieces).
  build: { format: "directory", inlineStylesheets: "never" },
  // Scoped styles mark elements with a class (astro-xxxx) rather than a data-astro-cid-xxxx attribute: the same
  // specificity, fewer bytes in every page and stylesheet.
  scopedStyleStrategy: "class",
  integrations: [mdx(), latinRunsLang(), deferredScripts(), contentSecurityPolicy()],
  devToolbar: { enabled: false },
  // The edition and the site's root are compiled into the site's code and the browser's (src/i18n/locale.ts).
  // Reading a property has no side effect in this code: the bundler may then drop the string tables a script does not use.
  vite: {
    define: { __KB_LOCALE__: JSON.stringify(locale), __KB_ROOT_BASE__: JSON.stringify(rootBase), __KB_PREVIEW__: JSON.stringify(preview) },
    plugins: [previewModule(preview)],
    build: {
      rollupOptions: { treeshake: { propertyReadSideEffects: false } },
      // Deferred scripts stay files, imported on the reader's intent (src/lib/deferred-scripts.ts): inlined, they would run at once.
      assetsInlineLimit: (/** @type {string} */ file) => (isDeferredScript(file) ? false : undefined),
    },
  },
});
