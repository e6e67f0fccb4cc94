/**
 * The search page's results UI: keeps the form, the filters and the URL (?q=&paper=&kind=) in step,
 * runs the shared search engine over the Pagefind index, and renders results with their sections.
 */
import { LOCALE, ROOT_BASE } from "../i18n/locale.ts";
import { fill, SEARCH_UI } from "../i18n/ui.ts";
import { FIRST_RESULTS, PAGEFIND_OPTIONS, SEARCH_PAGE_SIZE, SearchEngine, type PagefindApi, type SearchCounts, type SearchList } from "../lib/search/engine.ts";
import { KIND_CHOICES, otherEditionSearch, readState, writeState, type SearchState } from "../lib/search/filters.ts";
import { glossaryFiles, type GlossarySource } from "../lib/search/terms.ts";
import { renderHit, renderOtherEdition, renderSuggestions } from "./search-render.ts";

const PAGE = SEARCH_PAGE_SIZE;
const base = import.meta.env.BASE_URL;
// Pagefind writes one index for both editions (one language each, by <html lang>), at the site's root.
const root = ROOT_BASE;

interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** The glossary in the parts the engine asks for (see GlossarySource): a small common part and one shard per query. */
function loadGlossary(): GlossarySource {
  return glossaryFiles(async (path) => {
    const response = await fetch(`${base}search/${path}`);
    if (!response.ok) throw new Error(`search/${path}: ${response.status}`);
    return (await response.json()) as unknown;
  });
}

async function loadPagefind(): Promise<PagefindModule> {
  // The index is written after the site is built, so it is loaded at run time, not bundled.
  const pagefind = (await import(/* @vite-ignore */ `${root}pagefind/pagefind.js`)) as PagefindModule;
  // No web worker: its script (12 KB) would count towards the first results, and the work it would take off the page's
  // thread, inflating the fragments the filter counts check, the engine spreads over short rounds (SearchEngine.count).
  await pagefind.options({ ...PAGEFIND_OPTIONS, noWorker: true });
  await pagefind.init();
  return pagefind;
}

/** Wire up the search form: read the URL, search as the reader types or filters, keep history. */
export function startSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const kind = form.querySelector<HTMLSelectElement>("select[name=kind]");
  const filters = form.querySelector<HTMLElement>("[data-search-filters]");
  const filterSummary = form.querySelector<HTMLElement>("[data-filter-summary]");
  const status = document.querySelector<HTMLElement>("[data-search-status]");
  const list = document.querySelector<HTMLOListElement>("[data-search-results]");
  const more = document.querySelector<HTMLButtonElement>("[data-search-more]");
  const suggestions = document.querySelector<HTMLElement>("[data-search-suggestions]");
  const edition = document.querySelector<HTMLElement>("[data-search-edition]");
  if (
    input === null ||
    kind === null ||
    filters === null ||
    filterSummary === null ||
    status === null ||
    list === null ||
    more === null ||
    suggestions === null ||
    edition === null
  )
    return;
  const papers = [...form.querySelectorAll<HTMLInputElement>("input[name=paper]")];

  const engine = loadPagefind().then((pf) => new SearchEngine(pf, loadGlossary()));
  engine.catch(() => {
    status.dataset["state"] = "error";
    status.textContent = SEARCH_UI.error;
  });
  let limit = PAGE;
  let run = 0;
  let typing = false;
  // The counts of the last search (they do not change when "more" is pressed).
  let lastCounts: { key: string; counts: Promise<SearchCounts> } | undefined;

  const stateFromForm = (): SearchState =>
    readState(`?${new URLSearchParams({ q: input.value, paper: papers.find((p) => p.checked)?.value ?? "", kind: kind.value }).toString()}`);
  const showState = (state: SearchState): void => {
    input.value = state.q;
    for (const p of papers) p.checked = p.value === (state.paper ?? "");
    kind.value = state.kind ?? "";
    summarise(state);
  };
  // The folded filters' summary line says what is chosen.
  const summarise = (state: SearchState): void => {
    const paper = state.paper === null ? SEARCH_UI.paperSummaryAll : SEARCH_UI.paperChoices[state.paper];
    filterSummary.textContent = `${paper} · ${SEARCH_UI.kindChoices[state.kind ?? "all"]}`;
  };
  const commit = (replace: boolean): void => {
    const url = `${location.pathname}${writeState(stateFromForm())}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  };

  // `kept`: results already listed that stay as they are (the first results, when the rest of the page follows them).
  const renderList = (outcome: SearchList, shownBefore: number, kept = 0): void => {
    const found = outcome.hits.length;
    const parts: string[] = [];
    if (outcome.converted !== null) parts.push(fill(SEARCH_UI.converted, { s: outcome.converted }));
    if (found === 0) parts.push(fill(SEARCH_UI.noResults, { q: outcome.query.raw }));
    else parts.push(fill(outcome.complete ? SEARCH_UI.resultCount : SEARCH_UI.resultCountAbout, { n: outcome.total }));
    status.textContent = parts.join(" ");
    if (kept > 0) list.append(...outcome.hits.slice(kept).map((hit) => renderHit(hit, outcome.query)));
    else list.replaceChildren(...outcome.hits.map((hit) => renderHit(hit, outcome.query)));
    more.hidden = outcome.complete;
    suggestions.hidden = outcome.suggestions.length === 0;
    suggestions.replaceChildren(...(outcome.suggestions.length === 0 ? [] : renderSuggestions(outcome.suggestions)));
    // After "more results", keyboard readers continue from the first new result.
    if (shownBefore > 0) list.querySelectorAll<HTMLAnchorElement>(".search-hit > h2 a")[shownBefore]?.focus();
  };

  // The counts arrive after the first results: every candidate is checked for them (see SearchEngine.count).
  const renderCounts = (outcome: SearchList, { counts, total }: SearchCounts): void => {
    for (const span of form.querySelectorAll<HTMLElement>("[data-count]")) {
      const key = span.dataset["count"];
      const n = key === "a" || key === "b" || key === "both" || key === "all" ? counts.paper[key] : 0;
      span.textContent = fill(SEARCH_UI.count, { n });
    }
    for (const option of kind.options) {
      const key = KIND_CHOICES.find((k) => k === option.value) ?? "all";
      option.textContent = `${SEARCH_UI.kindChoices[key]}${fill(SEARCH_UI.count, { n: counts.kind[key] ?? 0 })}`;
    }
    filters.removeAttribute("aria-busy");
    if (outcome.hits.length === 0) return;
    const parts = outcome.converted === null ? [] : [fill(SEARCH_UI.converted, { s: outcome.converted })];
    parts.push(fill(SEARCH_UI.resultCount, { n: total }));
    status.textContent = parts.join(" ");
  };

  // data-state and data-query on the status line say what is shown (for scripts and tests; readers hear the text):
  // "results" once the first results are listed, "done" once the counts are in too.
  const setStatus = (state: "loading" | "results" | "done" | "error", query: string, message: string): void => {
    status.dataset["state"] = state;
    status.dataset["query"] = query;
    status.textContent = message;
  };

  const offerOtherEdition = (state: SearchState): void => {
    const href = otherEditionSearch(state, LOCALE, root);
    edition.hidden = href === null;
    edition.replaceChildren(...(href === null ? [] : renderOtherEdition(state.q.trim(), href)));
  };

  const search = async (shownBefore = 0): Promise<void> => {
    const id = ++run;
    const state = stateFromForm();
    offerOtherEdition(state);
    if (state.q.trim() === "") {
      setStatus("done", "", SEARCH_UI.empty);
      list.replaceChildren();
      more.hidden = true;
      suggestions.hidden = true;
      return;
    }
    summarise(state);
    setStatus("loading", state.q, SEARCH_UI.loading);
    try {
      const searcher = await engine;
      // A new search shows its first results (FIRST_RESULTS, a first screen) as soon as they are checked, then the
      // rest of its first page below them (the engine never reorders the first ones); "more" lists the longer page.
      const fresh = limit === PAGE;
      let listed = await searcher.list(state, fresh ? FIRST_RESULTS : limit);
      if (id !== run) return;
      renderList(listed, shownBefore);
      status.dataset["state"] = "results";
      if (fresh && !listed.complete && listed.hits.length < limit) {
        const first = listed.hits.map((h) => h.url);
        listed = await searcher.list(state, limit);
        if (id !== run) return;
        const same = first.every((url, i) => listed.hits[i]?.url === url);
        renderList(listed, shownBefore, same ? first.length : 0);
      }
      const key = writeState(state);
      if (lastCounts?.key !== key) {
        filters.setAttribute("aria-busy", "true");
        lastCounts = { key, counts: searcher.count(state) };
      }
      const counted = await lastCounts.counts;
      if (id !== run) return;
      renderCounts(listed, counted);
      status.dataset["state"] = "done";
    } catch {
      lastCounts = undefined;
      if (id === run) setStatus("error", state.q, SEARCH_UI.error);
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const typed = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // The first keystroke of a new query adds a history entry; the rest of the typing updates it.
      commit(typing);
      typing = true;
      limit = PAGE;
      void search();
    }, 250);
  };
  // While an input method is composing (pinyin, zhuyin, cangjie), wait for the characters it produces.
  input.addEventListener("input", (event) => {
    if (!(event instanceof InputEvent && event.isComposing)) typed();
  });
  input.addEventListener("compositionend", typed);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    commit(typing);
    typing = false;
    limit = PAGE;
    void search();
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    commit(false);
    typing = false;
    limit = PAGE;
    void search();
  });
  more.addEventListener("click", () => {
    const shown = list.children.length;
    limit += PAGE;
    void search(shown);
  });
  addEventListener("popstate", () => {
    showState(readState(location.search));
    typing = false;
    limit = PAGE;
    void search();
  });

  const fromUrl = readState(location.search);
  if (input.value.trim() !== "" && input.value !== fromUrl.q) {
    // The reader typed while this script was loading: search for that.
    commit(false);
    typing = true;
    void search();
  } else {
    showState(fromUrl);
    if (fromUrl.q.trim() !== "") void search();
  }
}
