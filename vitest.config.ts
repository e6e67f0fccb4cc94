/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

/**
 * The test layers, in the order they run. `unit` and `content` need no build (`npm run test:fast` runs just
 * them); `site` and `search` read the built `dist/` (and `dist-kb/`); `e2e` drives Chromium over it.
 */
const LAYERS = ["unit", "content", "site", "search", "e2e"] as const;

// Built on Astro's Vite config so that `astro:*` modules resolve in unit tests.
export default getViteConfig({
  test: {
    exclude: ["tests/fixtures/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and build tests share one machine of 2 cores: run files one after another.
    fileParallelism: false,
    projects: LAYERS.map((name, order) => ({
      extends: true,
      test: { name, include: [`tests/${name}/**/*.test.ts`], sequence: { groupOrder: order } },
    })),
  },
});
