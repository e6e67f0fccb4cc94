// @ts-check
// ESLint, set up as Starlight sets it up (typescript-eslint with typed linting, eslint-config-prettier last so that
// formatting is Prettier's alone), plus eslint-plugin-astro for `.astro` files and the project's layering rules.
import eslint from "@eslint/js";
import prettierConfig from "eslint-config-prettier";
import astro from "eslint-plugin-astro";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Only `src/data/` reads the content collections (CONTRIBUTING.md, “Layers”). */
const READ_COLLECTIONS = {
  name: "astro:content",
  importNames: ["getCollection", "getEntry", "getEntries", "render"],
  message: "Only src/data/ reads collections: call a view function from src/data/ instead (CONTRIBUTING.md, “Layers”).",
};

/**
 * Components are props in, HTML out: they get their data from the page, never from `src/data/` themselves. A type-only
 * import (a view model's type, to declare props) reads nothing and is allowed.
 */
const IMPORT_DATA = {
  regex: String.raw`(^|/)(src/)?data(/|$)`,
  allowTypeImports: true,
  message: "Components receive their data as props from the page: do not import src/data/ here (CONTRIBUTING.md, “Layers”).",
};

export default defineConfig(
  globalIgnores([
    "**/node_modules/",
    "dist/",
    "dist-kb/",
    ".astro/",
    "tests/.tmp/",
    "test-results/",
    // Inputs for tests, some deliberately broken.
    "tests/fixtures/",
    // Prose and data, validated by src/schemas and `npm run quotes`, not code.
    "content/",
    "public/",
  ]),

  // Node.js globals everywhere (scripts, tools, tests, config); browser globals where code runs in the browser.
  { languageOptions: { globals: { ...globals.nodeBuiltin } } },
  {
    files: ["src/scripts/**", "src/client/**", "src/components/**/*.ts", "**/*.astro/*.ts", "**/*.astro/*.js"],
    languageOptions: { globals: { ...globals.browser } },
  },

  eslint.configs.recommended,

  // TypeScript: recommended rules with type information, as Starlight has them.
  tseslint.configs.recommendedTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },

  // .astro files (and their <script>s): eslint-plugin-astro's recommended rules. Typed rules are off there, as in
  // JavaScript files: the Astro parser does not yet run with typescript-eslint's project service.
  astro.configs.recommended,
  { files: ["**/*.js", "**/*.mjs", "**/*.astro", "**/*.astro/*"], extends: [tseslint.configs.disableTypeChecked] },

  // Formatting is Prettier's.
  prettierConfig,

  // Tweaks in all files (as Starlight's).
  {
    rules: {
      // Triple-slash references are how vitest.config.ts and the ambient .d.ts files pull in types.
      "@typescript-eslint/triple-slash-reference": "off",
      // Vitest's `expect(obj.method)` trips it; the rule needs a vitest-aware plugin to be useful.
      "@typescript-eslint/unbound-method": "off",
      "no-empty": ["error", { allowEmptyCatch: true }],
      // `_`-prefixed names and rest siblings are deliberate omissions.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { ignoreRestSiblings: true, destructuredArrayIgnorePattern: "^_", varsIgnorePattern: "^_", argsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-explicit-any": ["error", { ignoreRestArgs: true }],
    },
  },
  {
    files: ["tests/**"],
    // Test doubles implement async interfaces (Pagefind's API) with synchronous bodies.
    rules: { "@typescript-eslint/require-await": "off" },
  },

  // Layering (CONTRIBUTING.md, “Layers”). In flat config a later `no-restricted-imports` replaces an earlier one for
  // the same file, so the component block repeats the collection rule.
  {
    files: ["src/**", "tools/**"],
    ignores: ["src/data/**"],
    rules: { "no-restricted-imports": ["error", { paths: [READ_COLLECTIONS] }] },
  },
  {
    files: ["src/components/**/*.astro"],
    ignores: ["src/components/mdx/**"],
    rules: { "no-restricted-imports": ["error", { paths: [READ_COLLECTIONS], patterns: [IMPORT_DATA] }] },
  },
);
