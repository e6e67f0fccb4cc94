/**
 * The diagram sources (<dir>/<id>.mmd) and the state of their rendered SVGs (<dir>/rendered/<id>.<theme>.svg):
 * each SVG carries the hash of the source it was drawn from, so a changed source shows as stale.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hashDiagramSource, normalizeDiagramSource, parseDiagramHeader, readSvgStamp, type DiagramHeader } from "../../src/lib/diagrams.ts";
import { idFromFile } from "../../src/lib/ids.ts";
import { THEMES, type Theme } from "./palette.ts";

/** Whether a diagram's two SVGs match its source. */
export type Status = "fresh" | "stale" | "missing";

/** One diagram source and what is known about its rendered SVGs. */
export interface Diagram {
  id: string;
  file: string;
  source: string;
  hash: string;
  header: DiagramHeader;
  status: Status;
}

/** Path of a diagram's rendered SVG for one theme inside a diagram folder. */
export function svgPath(dir: string, id: string, theme: Theme): string {
  return join(dir, "rendered", `${id}.${theme}.svg`);
}

/** Whether both of a diagram's SVGs exist and carry the stamp of its current source. */
function statusOf(dir: string, id: string, hash: string): Status {
  const stamps = THEMES.map((theme) => svgPath(dir, id, theme)).map((path) => (existsSync(path) ? readSvgStamp(readFileSync(path, "utf8")) : undefined));
  if (stamps.includes(undefined)) return "missing";
  return stamps.every((stamp) => stamp === hash) ? "fresh" : "stale";
}

/** Read and check one diagram source; throws naming the file and field. */
function readDiagram(dir: string, name: string): Diagram {
  const file = join(dir, name);
  const id = idFromFile(file);
  const text = readFileSync(file, "utf8");
  const header = parseDiagramHeader(text, file);
  const hash = hashDiagramSource(text);
  // Render exactly what the stamp's hash covers, so equal stamps always mean equal pictures.
  const source = normalizeDiagramSource(text);
  return { id, file, source, hash, header, status: statusOf(dir, id, hash) };
}

/** Every diagram in a folder, plus the errors of those that could not be read. */
export function readDiagrams(dir: string): { diagrams: Diagram[]; errors: string[] } {
  if (!existsSync(dir)) return { diagrams: [], errors: [`${dir}: field "dir" names no folder`] };
  const diagrams: Diagram[] = [];
  const errors: string[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith(".mmd"))
    .sort()) {
    try {
      diagrams.push(readDiagram(dir, name));
    } catch (error) {
      errors.push(messageOf(error));
    }
  }
  return { diagrams, errors };
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
