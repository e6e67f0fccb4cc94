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

/** One unit that mentions a concept, as the "mentioned in" list shows it. */
export interface BacklinkItem {
  label: string;
  paperLabel?: string | undefined;
  href: string;
  /** What kind of unit it is ("章节", "模型要素"), to tell apart units that read the same. */
  kindLabel: string;
}

/** One entry of the "mentioned in" list: a label and paper, and the one or more units that carry them. */
export interface BacklinkGroup {
  label: string;
  paperLabel?: string | undefined;
  links: { href: string; kindLabel: string }[];
}

/**
 * Units that read the same in the list (a section of Paper A and the model element drawn from it, both
 * "科学统筹的整体规划机制 · 论文A"; the comparison axis and the concept 资源配置) make one entry, each linked by
 * its kind, so that no entry is printed twice. Order: where each label first appears.
 */
export function groupBacklinks(items: readonly BacklinkItem[]): BacklinkGroup[] {
  const groups = new Map<string, BacklinkGroup>();
  for (const item of items) {
    const key = `${item.label}\u0000${item.paperLabel ?? ""}`;
    const group = groups.get(key) ?? { label: item.label, ...(item.paperLabel === undefined ? {} : { paperLabel: item.paperLabel }), links: [] };
    if (!group.links.some((l) => l.href === item.href)) group.links.push({ href: item.href, kindLabel: item.kindLabel });
    groups.set(key, group);
  }
  return [...groups.values()];
}
