import { basename, extname } from "node:path";

/** Stable, citable ids: lowercase ASCII words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Derive an entry's id from its file name, failing loudly (with the file) when it is not a valid id. */
export function idFromFile(file: string): string {
  const id = basename(file, extname(file));
  if (!ID_PATTERN.test(id)) {
    throw new Error(
      `${file}: field "id" (the file name) "${id}" is not a valid id: use lowercase ASCII letters, digits and single hyphens, e.g. "stage-traditional".`,
    );
  }
  return id;
}

/** Throw when the same id appears twice, naming both places. */
export function assertUniqueIds(units: readonly { id: string; where: string }[]): void {
  const seen = new Map<string, string>();
  for (const { id, where } of units) {
    const first = seen.get(id);
    if (first !== undefined) {
      throw new Error(`duplicate id "${id}": field "id" is used by both ${first} and ${where}; ids must be unique across the site.`);
    }
    seen.set(id, where);
  }
}
