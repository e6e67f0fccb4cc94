/** A reference as Astro stores it after validation: the target collection and id. */
export interface StoredReference {
  collection: string;
  id: string;
}

/** A reference found in an entry's data, with the dotted path of the field that holds it. */
export interface FoundReference extends StoredReference {
  field: string;
}

const isReference = (value: unknown): value is StoredReference =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length === 2 &&
  typeof (value as Record<string, unknown>)["collection"] === "string" &&
  typeof (value as Record<string, unknown>)["id"] === "string";

/** Every reference inside an entry's data, with the field path that holds it (e.g. "locator.section", "related.2"). */
export function findReferences(data: unknown, path: string[] = []): FoundReference[] {
  if (isReference(data)) return [{ ...data, field: path.join(".") }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findReferences(item, [...path, String(i)]));
  if (typeof data === "object" && data !== null) {
    return Object.entries(data).flatMap(([key, value]) => findReferences(value, [...path, key]));
  }
  return [];
}

/** Messages for every reference whose target does not exist; `exists` answers for one target. */
export function danglingReferences(entries: readonly { filePath: string; data: unknown }[], exists: (ref: StoredReference) => boolean): string[] {
  return entries.flatMap((entry) =>
    findReferences(entry.data)
      .filter((ref) => !exists(ref))
      .map((ref) => `${entry.filePath}: field "${ref.field}" refers to ${ref.collection} "${ref.id}", which does not exist`),
  );
}
