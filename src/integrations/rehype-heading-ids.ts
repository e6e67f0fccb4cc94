import { existsSync, readFileSync } from "node:fs";
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
  return (tree: Node, file?: { path?: string }) => {
    // An English body (content/en/…) takes the ids of its Chinese body's headings, in order, so that an anchor
    // names the same part of a page in both editions.
    const chinese = chineseHeadingIds(file?.path);
    let nth = 0;
    const next = chinese === undefined ? headingSlugger() : () => chinese[nth++] ?? `section-${nth}`;
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

/** The heading ids of the Chinese body an English body (content/en/…) translates, in order; undefined for a Chinese body. */
function chineseHeadingIds(path: string | undefined): string[] | undefined {
  if (path === undefined || !/[\\/]content[\\/]en[\\/]/.test(path)) return undefined;
  const zhPath = path.replace(/([\\/]content)[\\/]en([\\/])/, "$1$2");
  if (!existsSync(zhPath)) return undefined;
  const body = readFileSync(zhPath, "utf8").replace(/^---\n[\s\S]*?\n---\n?/, "");
  const next = headingSlugger();
  const ids: string[] = [];
  let fenced = false;
  for (const line of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m?.[1] !== undefined) ids.push(next(m[1].replace(/<[^>]+>/g, "").replace(/[*_`]/g, "")));
  }
  return ids;
}
