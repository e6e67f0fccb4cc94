/**
 * The only script every page loads (deferred, after reading is possible): the theme toggle and the
 * "/" and Ctrl/⌘+K shortcuts to the header search. Pages read fully without it.
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
