import { mentionedConcepts, type Term } from "./terms.ts";

/** A unit that may mention concepts: its id, the text to scan, and the concepts it lists explicitly. */
export interface MentionSource {
  id: string;
  text: string;
  concepts: readonly string[];
}

/** For each concept, the ids of the units that mention it (by name, by an explicit link, or by listing it), self excluded. */
export function computeBacklinks(sources: readonly MentionSource[], terms: readonly Term[]): Map<string, string[]> {
  const backlinks = new Map<string, string[]>();
  for (const source of sources) {
    const named = mentionedConcepts(source.text, terms);
    const linked = [...source.text.matchAll(/<Ref to="([a-z0-9-]+)"/g)].map((m) => m[1] ?? "");
    for (const id of new Set([...named, ...linked, ...source.concepts])) {
      if (id === source.id || !terms.some((t) => t.id === id)) continue;
      const list = backlinks.get(id) ?? [];
      list.push(source.id);
      backlinks.set(id, list);
    }
  }
  return backlinks;
}
