/**
 * A paper's booklet puts the bodies of all its sections and elements on one page. Each body's ids and in-page links
 * are prefixed with its unit's id so that two bodies' headings (both "要点") stay distinct, and its headings are moved
 * down under the booklet's own. An inline SVG diagram scopes its inner ids, styles and references under its own id
 * (tools/diagrams/svg.ts), so that id is prefixed wherever it occurs inside it: a diagram shown in a section and again
 * in one of its elements stays two distinct drawings.
 */
export function nestBody(html: string, prefix: string, shift: number): string {
  return html
    .split(/(<svg\b[\s\S]*?<\/svg>)/)
    .map((part, i) => (i % 2 === 1 ? nestSvg(part, prefix) : rewrite(part, prefix, shift)))
    .join("");
}

function nestSvg(svg: string, prefix: string): string {
  const id = /^<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1];
  return id === undefined ? svg : svg.split(id).join(`${prefix}-${id}`);
}

const REFERRING = /\s(aria-labelledby|aria-describedby|aria-controls|for)="([^"]*)"/g;

function rewrite(html: string, prefix: string, shift: number): string {
  return html
    .replace(/\sid="([^"]*)"/g, (_, id: string) => ` id="${prefix}-${id}"`)
    .replace(/\shref="#([^"]+)"/g, (_, id: string) => ` href="#${prefix}-${id}"`)
    .replace(
      REFERRING,
      (_, name: string, ids: string) =>
        ` ${name}="${ids
          .split(/\s+/)
          .map((id) => `${prefix}-${id}`)
          .join(" ")}"`,
    )
    .replace(/<(\/?)h([1-6])\b/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + shift)}`);
}
