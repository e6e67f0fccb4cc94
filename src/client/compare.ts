/**
 * The comparison matrix's filters: by kind of claim (?kind=differ), by axis (?aspect=actors) and by a word
 * (?q=参与者, matched in the row's text and in its axis's claims). Without this script every row shows; with it,
 * the filter is read from and written to the URL, so a filtered view can be shared. Each axis's claims are on its own
 * page: the first word typed fetches the comparison's JSON once, and a row found through its claims lists them.
 * The script is deferred (src/components/compare/CompareScript.astro): the every-page script shows the filters and
 * loads it on the reader's first intent on them, or at once when the address carries a filter.
 */
const root = document.querySelector<HTMLElement>("[data-compare-matrix]");
const form = root?.querySelector<HTMLFormElement>("[data-matrix-filters]");
if (root && form) {
  const kindSelect = form.elements.namedItem("kind") as HTMLSelectElement;
  const aspectSelect = form.elements.namedItem("aspect") as HTMLSelectElement;
  const findInput = form.elements.namedItem("q") as HTMLInputElement;
  const count = form.querySelector<HTMLOutputElement>("[data-matrix-count]");
  const rows = [...root.querySelectorAll<HTMLTableRowElement>("tbody tr[data-aspect]")];
  const valid = (select: HTMLSelectElement, value: string | null) => ([...select.options].some((o) => o.value === value) ? (value ?? "") : "");
  const has = (el: Element, q: string) => q === "" || (el.textContent ?? "").toLowerCase().includes(q);

  /** Every claim, from the comparison's JSON (fetched on the first word typed; none if it cannot be had). */
  type Claim = { id: string; aspect: string; verdict: string; text: string; url: string };
  let claims: Claim[] | undefined;
  let loading = false;
  const loadClaims = (then: () => void) => {
    if (loading) return;
    loading = true;
    fetch(root.dataset["claims"] ?? "")
      .then((r) => r.json() as Promise<{ claims: Claim[] }>)
      .then((data) => (claims = data.claims))
      .catch(() => (claims = []))
      .finally(then);
  };
  const pathOf = (url: string) => {
    const u = new URL(url, location.href);
    return u.pathname + u.hash;
  };
  /** List under a row the claims that hold the word (none: the list goes). */
  const showHits = (row: HTMLElement, hits: Claim[]) => {
    row.querySelector(".mx-hits")?.remove();
    if (hits.length === 0) return;
    const list = document.createElement("ul");
    list.className = "mx-hits";
    list.setAttribute("aria-label", root.dataset["hitsLabel"] ?? "");
    for (const claim of hits) {
      const a = document.createElement("a");
      a.href = pathOf(claim.url);
      a.textContent = claim.text;
      list.append(document.createElement("li"));
      list.lastElementChild?.append(a);
    }
    row.querySelector(".mx-verdict")?.append(list);
  };

  const apply = (kind: string, aspect: string, find: string) => {
    kindSelect.value = kind;
    aspectSelect.value = aspect;
    findInput.value = find;
    const q = find.trim().toLowerCase();
    if (q !== "" && claims === undefined) loadClaims(() => apply(kindSelect.value, aspectSelect.value, findInput.value));
    let shown = 0;
    for (const row of rows) {
      row.querySelector(".mx-hits")?.remove();
      const hits =
        q === ""
          ? []
          : (claims ?? []).filter((c) => c.aspect === row.dataset["aspect"] && (kind === "" || c.verdict === kind) && c.text.toLowerCase().includes(q));
      const show =
        (aspect === "" || row.dataset["aspect"] === aspect) &&
        (kind === "" || (row.dataset["kinds"] ?? "").split(" ").includes(kind)) &&
        (has(row, q) || hits.length > 0);
      row.hidden = !show;
      if (show) shown++;
      if (show) showHits(row, hits);
    }
    if (count) count.textContent = (count.dataset["template"] ?? "").replace("{n}", String(shown)).replace("{total}", String(rows.length));
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    apply(valid(kindSelect, params.get("kind")), valid(aspectSelect, params.get("aspect")), params.get("q") ?? "");
  };

  const toUrl = () => {
    const url = new URL(location.href);
    for (const [name, value] of [
      ["kind", kindSelect.value],
      ["aspect", aspectSelect.value],
      ["q", findInput.value.trim()],
    ] as const) {
      if (value === "") url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    history.replaceState(history.state, "", url);
    apply(kindSelect.value, aspectSelect.value, findInput.value);
  };

  form.hidden = false;
  form.addEventListener("change", toUrl);
  findInput.addEventListener("input", toUrl);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    toUrl();
  });
  form.addEventListener("reset", () => setTimeout(toUrl, 0));
  // Loaded at once when the address carries a filter; otherwise on the reader's first intent on the filters, which
  // may already have changed one: that change then applies.
  if (["kind", "aspect", "q"].some((name) => new URLSearchParams(location.search).has(name))) fromUrl();
  else toUrl();
}

export {};
