import { headingSlugger } from "../lib/heading-ids.ts";

/** A minimal hast node: what this plugin reads and writes. */
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const HEADING = /^h[1-6]$/;

/** The text of a node (MDX expressions and components contribute nothing). */
const textOf = (node: Node): string => (node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(textOf).join(""));

/**
 * Give every heading of a Markdown/MDX body a stable ASCII id from the pinyin of its text
 * (## 历史与名称 → id="li-shi-yu-ming-cheng"), unique within the body. Runs before Astro's own
 * heading collector, which keeps an id already set, so the page's table of contents uses these ids.
 */
export function rehypeAsciiHeadingIds() {
  return (tree: Node) => {
    const next = headingSlugger();
    const visit = (node: Node): void => {
      if (node.type === "element" && HEADING.test(node.tagName ?? "")) {
        node.properties ??= {};
        if (typeof node.properties["id"] !== "string") node.properties["id"] = next(textOf(node));
        return;
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
