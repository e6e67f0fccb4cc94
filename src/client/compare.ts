/**
 * The comparison matrix's filters: by kind of claim (?kind=differ), by axis (?aspect=actors) and by a word
 * (?q=参与者, matched in the row and in its claims). Without this script every row and claim shows; with it, the
 * filter is read from and written to the URL, so a filtered view can be shared.
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

  const apply = (kind: string, aspect: string, find: string) => {
    kindSelect.value = kind;
    aspectSelect.value = aspect;
    findInput.value = find;
    const q = find.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const axis = row.dataset["aspect"] ?? "";
      // The axis's full account below follows its row; its claims follow the kind and word filters.
      const section = document.getElementById(`cmp-${axis}`)?.closest<HTMLElement>("section.axis");
      const claims = section ? [...section.querySelectorAll<HTMLElement>("li.claim[data-kind]")] : [];
      const matching = claims.filter((claim) => (kind === "" || claim.dataset["kind"] === kind) && has(claim, q));
      const show =
        (aspect === "" || axis === aspect) &&
        (kind === "" || (row.dataset["kinds"] ?? "").split(" ").includes(kind)) &&
        (q === "" || has(row, q) || matching.length > 0);
      row.hidden = !show;
      if (show) shown++;
      if (section) {
        section.hidden = !show;
        for (const claim of claims) claim.hidden = !matching.includes(claim) && !(q !== "" && has(row, q) && (kind === "" || claim.dataset["kind"] === kind));
      }
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
  fromUrl();
}

export {};
