/**
 * The only script every page loads (deferred, after reading is possible): the theme toggle, the
 * "/" and Ctrl/⌘+K shortcuts to the header search, and Escape or a tap outside to close the header menu and
 * the table of contents, the language switch's memory, and the loader of link previews. Pages read fully without it
 * (both are <details> and open without it; the switch is a plain link; links are plain links).
 */
import { THEME_STORAGE_KEY } from "../theme-key.ts";

const root = document.documentElement;

function currentTheme(): "light" | "dark" {
  const chosen = root.dataset["theme"];
  if (chosen === "light" || chosen === "dark") return chosen;
  return matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-theme-toggle]")) {
  button.hidden = false;
  button.setAttribute("aria-pressed", String(currentTheme() === "dark"));
  button.addEventListener("click", () => {
    const next = currentTheme() === "dark" ? "light" : "dark";
    root.dataset["theme"] = next;
    button.setAttribute("aria-pressed", String(next === "dark"));
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Private browsing may forbid storage: the choice then lasts for this page only.
    }
  });
}

document.addEventListener("keydown", (event) => {
  const target = event.target;
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const slash = event.key === "/" && !typing;
  const commandK = event.key.toLowerCase() === "k" && (event.ctrlKey || event.metaKey);
  if (!slash && !commandK) return;
  const input = document.querySelector<HTMLInputElement>("[data-search-input]");
  if (input === null) return;
  event.preventDefault();
  input.focus();
  input.select();
});

// The header menu and the phone's table of contents (each a <details> marked data-dismissible, so they open
// without this script): Escape closes an open one and gives the focus back to its button; a tap or click outside
// it, or on one of its links, closes it too.
for (const details of document.querySelectorAll<HTMLDetailsElement>("details[data-dismissible]")) {
  const button = details.querySelector("summary");
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !details.open) return;
    event.preventDefault();
    details.open = false;
    button?.focus();
  });
  document.addEventListener("click", (event) => {
    if (!details.open || !(event.target instanceof Element)) return;
    if (!details.contains(event.target) || event.target.closest("a") !== null) details.open = false;
  });
}

// The language switch (a plain link to the same page in the other edition) keeps the reader's place, the current
// #anchor, and remembers the edition chosen: a reader who chose the other edition and comes back to this edition's
// home page from elsewhere (a bookmark, a typed address) is taken to the edition they chose.
const EDITION_KEY = "kb-edition";
for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-lang-switch]")) {
  link.addEventListener("click", () => {
    if (location.hash !== "") link.hash = location.hash;
    try {
      localStorage.setItem(EDITION_KEY, link.dataset["langSwitch"] ?? "");
    } catch {
      // Without storage the switch still works; the choice is not remembered.
    }
  });
  let chosen: string | null;
  try {
    chosen = localStorage.getItem(EDITION_KEY);
  } catch {
    chosen = null;
  }
  const fromHere = document.referrer !== "" && new URL(document.referrer).origin === location.origin;
  if (link.dataset["editionHome"] !== undefined && chosen === link.dataset["langSwitch"] && !fromHere) location.replace(link.href);
}

// Deferred scripts (src/lib/deferred-scripts.ts), e.g. the citations' copy buttons and the comparison's filters: each
// waits in an inert <template data-deferred-script data-on="its controls"> and is imported at the reader's first
// intent on one of its controls (pointer over, touch, focus, a change), or at once where the page shows them openly
// (data-now: a cite page, how to cite) or, where they are a form, the address carries a query (?kind=… on the comparison).
// Controls that need their script are hidden in the page and shown here. A link among them (the "§") clicked before
// the script has arrived waits for it, then is clicked again.
for (const template of document.querySelectorAll<HTMLTemplateElement>("template[data-deferred-script]")) {
  const { deferredScript: src = "", on = "", now } = template.dataset;
  let loaded = false;
  let loading: Promise<unknown> | undefined;
  const load = () => (loading ??= import(/* @vite-ignore */ src).then(() => (loaded = true)));
  const control = (event: Event) => (event.target instanceof Element ? event.target.closest(on) : null);
  for (const hidden of document.querySelectorAll<HTMLElement>(`:is(${on})[hidden]`)) hidden.hidden = false;
  if (now !== undefined || (location.search && document.querySelector(`form:is(${on})`))) void load();
  for (const type of ["pointerover", "pointerdown", "focusin", "change"])
    document.addEventListener(type, (event) => void (control(event) && load()), { passive: true });
  document.addEventListener("click", (event) => {
    const link = control(event);
    if (loaded || !(link instanceof HTMLAnchorElement) || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    load().then(
      () => link.click(),
      () => (location.href = link.href),
    );
  });
}

// Link previews (src/client/preview.ts, its own file) load on the reader's first hover or focus on a link in the text,
// unless the reader switched them off on a card or the settings page (remembered); no preview code loads before that.
declare const __KB_PREVIEW__: string;
// The same key in preview.ts and previews-switch.ts: a module shared by the three would become a chunk this inline script imports.
const PREVIEWS_KEY = "kb-previews";
const previewsOff = (): boolean => {
  try {
    return localStorage.getItem(PREVIEWS_KEY) === "off";
  } catch {
    return false;
  }
};
const intent = (event: Event): void => {
  if (!(event.target instanceof Element) || event.target.closest("main a[href]") === null || previewsOff()) return;
  removeEventListener("pointerover", intent);
  removeEventListener("focusin", intent);
  void import(/* @vite-ignore */ [import.meta.env.BASE_URL, __KB_PREVIEW__].join("")).then((m: { default: (e: Event) => void }) => m.default(event));
};
addEventListener("pointerover", intent);
addEventListener("focusin", intent);
