/**
 * `npm run diagrams` — render every Mermaid source in content/diagrams/*.mmd to two inline-ready SVGs
 * (content/diagrams/rendered/<id>.light.svg and <id>.dark.svg), each stamped with the hash of its source.
 *
 *   --check        render nothing; exit 1 listing every diagram whose SVGs are missing or stale
 *   --force        re-render every diagram, fresh or not
 *   --dir <path>   the diagram folder (default content/diagrams); SVGs go to <path>/rendered
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { THEMES, type Theme } from "./palette.ts";
import { launchChromium, mermaidPage, renderDiagram } from "./render.ts";
import { messageOf, readDiagrams, svgPath, type Diagram } from "./sources.ts";

/** `--check`: list every diagram whose SVGs are missing or stale; the exit code is 1 when there is any. */
function check(dir: string, diagrams: readonly Diagram[], errors: readonly string[]): number {
  const outdated = diagrams.filter((d) => d.status !== "fresh");
  for (const d of outdated) console.error(`${d.status.padEnd(8)} ${d.file} (${join(dir, "rendered", d.id)}.{light,dark}.svg)`);
  for (const error of errors) console.error(error);
  const fresh = diagrams.length - outdated.length;
  console.log(`${fresh} of ${diagrams.length} diagram(s) up to date${outdated.length > 0 ? `; run \`npm run diagrams\` to render ${outdated.length}` : ""}.`);
  return outdated.length > 0 || errors.length > 0 ? 1 : 0;
}

/** Render the diagrams that need it (all of them with `force`), writing both SVGs of each; returns the exit code. */
async function render(dir: string, diagrams: readonly Diagram[], errors: string[], force: boolean): Promise<number> {
  const todo = diagrams.filter((d) => force || d.status !== "fresh");
  for (const d of diagrams) if (!todo.includes(d)) console.log(`fresh    ${d.file}`);
  if (todo.length > 0) {
    const browser = await launchChromium();
    try {
      const pages = { light: await mermaidPage(browser), dark: await mermaidPage(browser) };
      for (const diagram of todo) await renderOne(dir, pages, diagram, errors);
    } finally {
      await browser.close();
    }
  }
  for (const error of errors) console.error(error);
  return errors.length > 0 ? 1 : 0;
}

/** Render and write one diagram, printing one line; a failure is added to `errors` instead of thrown. */
async function renderOne(dir: string, pages: Record<Theme, Page>, diagram: Diagram, errors: string[]): Promise<void> {
  try {
    const { svgs, contrast, warnings } = await renderDiagram(pages, diagram);
    mkdirSync(join(dir, "rendered"), { recursive: true });
    for (const theme of THEMES) writeFileSync(svgPath(dir, diagram.id, theme), svgs[theme]);
    const sizes = THEMES.map((theme) => `${theme} ${(Buffer.byteLength(svgs[theme]) / 1024).toFixed(1)} KB (text contrast ≥ ${contrast[theme].toFixed(1)}:1)`);
    console.log(`rendered ${diagram.file} (was ${diagram.status}) → ${sizes.join(", ")}`);
    for (const warning of warnings) console.warn(`warning: ${warning}`);
  } catch (error) {
    const message = messageOf(error);
    console.log(`FAILED   ${diagram.file}`);
    errors.push(message.startsWith(diagram.file) ? message : `${diagram.file}: ${message}`);
  }
}

/** Entry point: parse the command line, then check or render. */
async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { check: { type: "boolean", default: false }, force: { type: "boolean", default: false }, dir: { type: "string", default: "content/diagrams" } },
  });
  const dir = values.dir;
  const { diagrams, errors } = readDiagrams(dir);
  if (values.check) return check(dir, diagrams, errors);
  return render(dir, diagrams, errors, values.force);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 2;
  },
);
