import { existsSync, readdirSync, readFileSync } from "node:fs";
import { glob } from "astro/loaders";
import type { Loader } from "astro/loaders";
import { parse as parseYaml } from "yaml";
import { ID_PATTERN, idFromFile } from "../lib/ids.ts";

/** Root of the knowledge (a top-level folder, so scholars can read it without the code). */
export const CONTENT_ROOT = "./content";

/**
 * Load one file per entry from `content/<folder>`; the file name is the entry's stable id.
 * Duplicate ids (the same file name in two sub-folders) fail the build via `prerenderConflictBehavior`.
 */
export function entries(folder: string, extensions: readonly string[]): Loader {
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(",")}}`;
  return glob({
    base: `${CONTENT_ROOT}/${folder}`,
    pattern,
    generateId: ({ entry }) => idFromFile(`content/${folder}/${entry}`),
  });
}

/**
 * Load every YAML file in `content/<folder>`, each holding a list of entries with an `id`.
 * Unlike Astro's `file()` loader, an entry without a valid id, or with an id used before (in any
 * file of the folder), fails the build naming the file, the entry's position and the field.
 */
export function list(folder: string): Loader {
  return {
    name: "yaml-list",
    load: async ({ store, parseData, config }) => {
      const dir = new URL(`${CONTENT_ROOT}/${folder}/`, config.root);
      const files = existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => /\.ya?ml$/.test(f))
            .sort()
        : [];
      store.clear();
      const seen = new Map<string, string>();
      for (const name of files) {
        const where = `content/${folder}/${name}`;
        const items: unknown = parseYaml(readFileSync(new URL(name, dir), "utf8"));
        if (!Array.isArray(items)) throw new Error(`${where}: the file must hold a YAML list of entries, each with an "id".`);
        for (const [index, item] of items.entries()) {
          const at = `${where}: entry #${index + 1}`;
          const raw: unknown = isRecord(item) ? item["id"] : undefined;
          if (typeof raw !== "string" || !ID_PATTERN.test(raw)) {
            throw new Error(
              `${at}: field "id" is ${raw === undefined ? "missing" : `${JSON.stringify(raw)}, not a valid id`} (lowercase ASCII letters, digits and single hyphens).`,
            );
          }
          const first = seen.get(raw);
          if (first !== undefined) throw new Error(`${at}: field "id" "${raw}" is a duplicate id, already used by ${first}.`);
          seen.set(raw, at);
          const { id: _id, ...data } = item as Record<string, unknown>;
          const parsed = await parseData({ id: raw, data, filePath: where });
          store.set({ id: raw, data: parsed, filePath: where });
        }
      }
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
