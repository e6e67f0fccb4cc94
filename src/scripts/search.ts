/**
 * The search page: reads and writes ?q= in the URL, segments the query the way Pagefind indexed the
 * pages, and lists results with their section hits. Loaded only on the search page.
 */
import { fill, SEARCH_UI } from "../i18n/ui.ts";
import { segmentQuery } from "../lib/search-query.ts";

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>("[data-search-page-form]");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const status = document.querySelector<HTMLElement>("[data-search-status]");
const list = document.querySelector<HTMLOListElement>("[data-search-results]");
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The index is produced after the site is built, so it is loaded at run time, not bundled.
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
    await pf.init();
    return pf;
  });
  return pagefind;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta["title"] ?? data.url;
  const heading = document.createElement("h2");
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.innerHTML = data.excerpt; // Pagefind's excerpt: escaped text with <mark> only.
  item.append(heading, excerpt);
  const subs = data.sub_results.filter((s) => s.url !== data.url).slice(0, 3);
  if (subs.length > 0) {
    const sub = document.createElement("ul");
    for (const s of subs) {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = s.url;
      a.textContent = s.title;
      li.append(a);
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}

async function run(query: string): Promise<void> {
  if (status === null || list === null) return;
  list.replaceChildren();
  if (query.trim() === "") {
    status.textContent = SEARCH_UI.empty;
    return;
  }
  status.textContent = SEARCH_UI.loading;
  try {
    const pf = await loadPagefind();
    const { results } = await pf.search(segmentQuery(query));
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(...data.map(renderResult));
    status.textContent = data.length === 0 ? fill(SEARCH_UI.noResults, { q: query }) : fill(SEARCH_UI.resultCount, { n: results.length });
  } catch {
    status.textContent = SEARCH_UI.error;
  }
}

function queryFromUrl(): string {
  return new URLSearchParams(location.search).get("q") ?? "";
}

if (form && input) {
  form.hidden = false;
  input.value = queryFromUrl();
  void run(input.value);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("q", input.value);
    history.pushState(null, "", url);
    void run(input.value);
  });
  addEventListener("popstate", () => {
    input.value = queryFromUrl();
    void run(input.value);
  });
}
