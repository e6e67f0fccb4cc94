/** DOM for search results: one list item per page, with its matching sections. */
import { kindLabel } from "../i18n/kinds.ts";
import { SEARCH_UI } from "../i18n/ui.ts";
import type { SearchHit } from "../lib/search/engine.ts";
import type { SearchTerm } from "../lib/search/terms.ts";

const PAPER_LABELS = new Map<string, string>(Object.entries(SEARCH_UI.papers));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { className?: string; text?: string; lang?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
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

/** Pagefind's excerpt as DOM: its text, with only its <mark> elements kept. */
export function excerptNodes(html: string): Node[] {
  const template = document.createElement("template");
  template.innerHTML = html;
  const out: Node[] = [];
  for (const node of template.content.childNodes) {
    if (node.nodeName === "MARK") out.push(el("mark", { text: node.textContent ?? "" }));
    else out.push(document.createTextNode(node.textContent ?? ""));
  }
  return out;
}

/** One result: title (linked), kind and papers, excerpt, and the sections that matched. */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = el("li", { className: "search-hit" }, el("h2", {}, link(hit.url, hit.title)));
  const kinds = hit.kinds.map((k) => kindLabel(k) ?? k);
  const papers = hit.papers.map((p) => PAPER_LABELS.get(p) ?? p);
  const meta = el("p", { className: "meta" });
  if (hit.exact) meta.append(el("span", { className: "badge", text: SEARCH_UI.exact }), " ");
  meta.append([...kinds, papers.join("、")].filter((s) => s !== "").join(" · "));
  if (hit.titleEn !== "") meta.append(" · ", el("span", { lang: "en", text: hit.titleEn }));
  item.append(meta);
  if (hit.excerpt !== "") item.append(el("p", {}, ...excerptNodes(hit.excerpt)));
  const sections = hit.sections.slice(0, 3);
  if (sections.length > 0) {
    const list = el("ul", { className: "search-hit__sections" });
    list.setAttribute("aria-label", `${hit.title}：${SEARCH_UI.sections}`);
    for (const s of sections) list.append(el("li", {}, link(s.url, s.title), el("p", {}, ...excerptNodes(s.excerpt))));
    item.append(list);
  }
  return item;
}

/** The close glossary terms offered when nothing matched. */
export function renderSuggestions(terms: readonly SearchTerm[]): Node[] {
  const list = el("ul");
  for (const t of terms) list.append(el("li", {}, link(t.href, t.zh), ...(t.en === undefined ? [] : [" ", el("span", { className: "en", lang: "en", text: t.en })])));
  return [el("p", { text: SEARCH_UI.suggestions }), list];
}
