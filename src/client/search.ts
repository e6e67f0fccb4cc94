/**
 * The search page's script, kept tiny: the search itself (Pagefind, the glossary, the results UI)
 * loads only when the reader turns to the search form, or at once when the URL carries a query.
 */
const form = document.querySelector<HTMLFormElement>("[data-search-form]");

if (form !== null) {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    void import("./search-app.ts").then(({ startSearch }) => startSearch(form));
  };
  if ((new URLSearchParams(location.search).get("q") ?? "").trim() !== "") start();
  else for (const type of ["focusin", "pointerdown", "input"]) form.addEventListener(type, start, { once: true });
}
