/** DOM for search results: one list item per page, with its matching sections. */
import { kindLabel } from "../i18n/kinds.ts";
import { SEARCH_UI } from "../i18n/ui.ts";
import type { SearchHit } from "../lib/search/engine.ts";
import { excerptText, highlight } from "../lib/search/highlight.ts";
import type { ParsedQuery } from "../lib/search/query.ts";
import type { SearchTerm } from "../lib/search/terms.ts";

const PAPER_LABELS = new Map<string, string>(Object.entries(SEARCH_UI.papers));

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; lang?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.lang !== undefined) node.lang = props.lang;
  node.append(...children);
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el("a", { text });
  a.href = href;
  return a;
}

/** Pagefind's excerpt as DOM: its text, with the reader's whole terms marked (Pagefind's own marks are dropped; see highlight.ts). */
export function excerptNodes(html: string, query: ParsedQuery): Node[] {
  return highlight(excerptText(html), query).map((span) => (span.mark ? el("mark", { text: span.text }) : document.createTextNode(span.text)));
}

/** One result: title (linked), kind and papers, excerpt, and the sections that matched. */
export function renderHit(hit: SearchHit, query: ParsedQuery): HTMLLIElement {
  const item = el("li", { className: "search-hit" }, el("h2", {}, link(hit.url, hit.title)));
  const kinds = hit.kinds.map((k) => kindLabel(k) ?? k);
  const papers = hit.papers.map((p) => PAPER_LABELS.get(p) ?? p);
  const meta = el("p", { className: "meta" });
  if (hit.exact) meta.append(el("span", { className: "badge", text: SEARCH_UI.exact }), " ");
  meta.append([...kinds, papers.join("、")].filter((s) => s !== "").join(" · "));
  if (hit.titleEn !== "") meta.append(" · ", el("span", { lang: "en", text: hit.titleEn }));
  item.append(meta);
  if (hit.excerpt !== "") item.append(el("p", {}, ...excerptNodes(hit.excerpt, query)));
  const sections = hit.sections.slice(0, 3);
  if (sections.length > 0) {
    const list = el("ul", { className: "search-hit__sections" });
    list.setAttribute("aria-label", `${hit.title}：${SEARCH_UI.sections}`);
    for (const s of sections) list.append(el("li", {}, link(s.url, s.title), el("p", {}, ...excerptNodes(s.excerpt, query))));
    item.append(list);
  }
  return item;
}

/** The close glossary terms offered when nothing matched. */
export function renderSuggestions(terms: readonly SearchTerm[]): Node[] {
  const list = el("ul");
  for (const t of terms)
    list.append(el("li", {}, link(t.href, t.zh), ...(t.en === undefined ? [] : [" ", el("span", { className: "en", lang: "en", text: t.en })])));
  return [el("p", { text: SEARCH_UI.suggestions }), list];
}
