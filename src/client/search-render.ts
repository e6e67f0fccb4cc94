/** DOM for search results: one list item per page, with its matching sections. */
import { kindLabel } from "../i18n/kinds.ts";
import { LOCALE, OTHER_LANG } from "../i18n/locale.ts";
import { SEARCH_UI } from "../i18n/ui.ts";
import { hanRuns } from "../lib/lang-runs.ts";
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

/**
 * Text as DOM, in the page's language: on an English page, each run of Chinese (a title or quotation kept in the
 * original) is marked lang="zh-CN", as the build marks it in the pages themselves.
 */
function textNodes(text: string): Node[] {
  if (LOCALE !== "en") return [document.createTextNode(text)];
  return hanRuns(text).map((run) => (run.en ? el("span", { lang: OTHER_LANG, text: run.text }) : document.createTextNode(run.text)));
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = el("a", {}, ...textNodes(text));
  a.href = href;
  return a;
}

/** Pagefind's excerpt as DOM: its text, with the reader's whole terms marked (Pagefind's own marks are dropped; see highlight.ts). */
export function excerptNodes(html: string, query: ParsedQuery): Node[] {
  return highlight(excerptText(html), query).flatMap((span) => (span.mark ? [el("mark", {}, ...textNodes(span.text))] : textNodes(span.text)));
}

/** One result: title (linked), kind and papers, excerpt, and the sections that matched. */
export function renderHit(hit: SearchHit, query: ParsedQuery): HTMLLIElement {
  const item = el("li", { className: "search-hit" }, el("h2", {}, link(hit.url, hit.title)));
  const kinds = hit.kinds.map((k) => kindLabel(k) ?? k);
  const papers = hit.papers.map((p) => PAPER_LABELS.get(p) ?? p);
  const meta = el("p", { className: "meta" });
  if (hit.exact) meta.append(el("span", { className: "badge", text: SEARCH_UI.exact }), " ");
  meta.append([...kinds, papers.join("、")].filter((s) => s !== "").join(" · "));
  // The unit's title in the other edition's language (English on a Chinese page, Chinese on an English one).
  if (hit.titleEn !== "") meta.append(" · ", el("span", { lang: OTHER_LANG, text: hit.titleEn }));
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
    list.append(el("li", {}, link(t.href, t.zh), ...(t.en === undefined ? [] : [" ", el("span", { className: "en", lang: OTHER_LANG, text: t.en })])));
  return [el("p", { text: SEARCH_UI.suggestions }), list];
}

/** The line offering the same search in the other edition (see SEARCH_UI.otherEdition), the query marked in its language. */
export function renderOtherEdition(q: string, href: string): Node[] {
  const [before = "", after = ""] = SEARCH_UI.otherEdition.split("{q}");
  const a = el("a", {}, before, el("span", { lang: OTHER_LANG, text: q }), after);
  a.href = href;
  a.hreflang = OTHER_LANG;
  return [a];
}
