/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// Built on Astro's Vite config so that `astro:*` modules resolve in unit tests.
export default getViteConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/fixtures/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and build tests share one machine of 2 cores: run files one after another.
    fileParallelism: false,
  },
});
