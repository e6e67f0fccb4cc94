/**
 * The only script every page loads (deferred, after reading is possible): the theme toggle, the
 * "/" and Ctrl/⌘+K shortcuts to the header search, and Escape or a tap outside to close the header menu and
 * the table of contents. Pages read fully without it (both are <details> and open without it).
 */
import { THEME_STORAGE_KEY } from "../site.config.ts";

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
