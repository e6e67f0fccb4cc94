/**
 * Build both editions at once: `astro build` of the Chinese edition into <outDir>/ and of the English edition
 * into a sibling folder, in two processes that share the machine's cores, then move the English build to
 * <outDir>/en/. (The Chinese build empties <outDir> when it starts, so the English one cannot be written there
 * while it runs.) Each edition keeps its own Astro cache (astro.config.mjs), so neither clears the other's.
 *
 *   node tools/build/cli.ts dist            (KB_BASE_PATH, KB_SITE_URL pass through to both builds)
 *
 * Exits non-zero, naming the edition and showing the end of its output, when either build fails.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import { buildEditions } from "./editions.ts";

const outDir = process.argv[2];
if (outDir === undefined || outDir === "" || outDir.startsWith("-")) {
  console.error("usage: node tools/build/cli.ts <outDir>");
  process.exit(2);
}
const englishTemp = `${outDir.replace(/\/+$/, "")}.en-build`;
if (existsSync(englishTemp)) rmSync(englishTemp, { recursive: true, force: true });
const failures = await buildEditions(process.cwd(), outDir, englishTemp, process.env);
if (failures.length > 0) {
  for (const f of failures) console.error(f);
  process.exit(1);
}
renameSync(englishTemp, `${outDir}/en`);
