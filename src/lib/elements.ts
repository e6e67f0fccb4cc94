/** An element as its group needs it: its paper, kind, parent and order. */
export interface SiblingSource {
  id: string;
  paper: string;
  kind: string;
  parent?: string | undefined;
  order: number;
}

/**
 * The group an element belongs to, in order, the element itself included: the parts of the same parent
 * (生产者, 互动者, 参与者 under 创新行动者), or, for an element without a parent, the top-level elements of the
 * same kind in the same paper (the five characteristics).
 */
export function siblingsOf(element: SiblingSource, all: readonly SiblingSource[]): string[] {
  return all
    .filter((e) => e.paper === element.paper && e.parent === element.parent && (element.parent !== undefined || e.kind === element.kind))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((e) => e.id);
}
