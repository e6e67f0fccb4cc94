/**
 * Copy buttons for citations and "§" permalinks. The every-page script (src/client/site.ts) imports this at the
 * reader's first intent on a cite control, or at once on a page that shows citations openly (a cite page, how to
 * cite): see src/components/cite/CiteScript.astro. Without it the same text is on the page, selectable, and "§" is
 * an ordinary link.
 */
import { CITE_UI } from "../i18n/ui.ts";

const COPIED = CITE_UI.copied;

const status = document.createElement("p");
status.setAttribute("role", "status");
status.className = "visually-hidden";
document.body.append(status);

function announce(message: string): void {
  status.textContent = "";
  // A fresh text node after a tick makes screen readers repeat the same message.
  setTimeout(() => (status.textContent = message), 50);
}

// The Clipboard API needs a secure context (https or localhost); elsewhere the reader copies by hand.
function copy(text: string): Promise<void> {
  return navigator.clipboard === undefined ? Promise.reject(new Error("no clipboard")) : navigator.clipboard.writeText(text);
}

function select(el: Element): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

function flash(el: HTMLElement, message: string): void {
  el.dataset["copied"] = message;
  setTimeout(() => delete el.dataset["copied"], 2000);
}

// The access date printed at build time becomes the reader's own date (GB/T 7714 [引用日期]).
const now = new Date();
const pad = (n: number) => String(n).padStart(2, "0");
const today: Record<string, string> = {
  iso: `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`,
  "en-long": now.toLocaleDateString("en-US", { month: "long", day: "numeric", year: "numeric" }),
};
for (const el of document.querySelectorAll<HTMLElement>("[data-cite-accessed]")) {
  const date = today[el.dataset["citeAccessed"] ?? ""];
  if (date !== undefined) el.textContent = date;
}
for (const button of document.querySelectorAll<HTMLButtonElement>("[data-cite-copy]")) button.hidden = false;

function copyCitation(button: HTMLButtonElement): void {
  const source = button.parentElement?.querySelector("[data-cite-text]");
  if (source === null || source === undefined) return;
  copy((source.textContent ?? "").replace(/\s+/g, " ").trim()).then(
    () => {
      const label = button.textContent;
      flash(button, COPIED);
      button.textContent = COPIED;
      setTimeout(() => (button.textContent = label), 2000);
      announce(COPIED);
    },
    () => {
      select(source);
      announce(CITE_UI.copyFailed);
    },
  );
}

function copyPermalink(link: HTMLAnchorElement, event: MouseEvent): void {
  const url = link.dataset["permalink"];
  if (url === undefined || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  copy(url).then(
    () => {
      flash(link, COPIED);
      announce(`${COPIED}：${url}`);
      const target = new URL(link.href);
      if (target.pathname === location.pathname && target.hash !== "") history.replaceState(null, "", target.hash);
    },
    () => (location.href = link.href),
  );
}

// One listener for the page: cite controls are many (a row of 表1 each), and all work the same way.
document.addEventListener("click", (event) => {
  if (!(event.target instanceof Element)) return;
  const button = event.target.closest<HTMLButtonElement>("button[data-cite-copy]");
  if (button !== null) copyCitation(button);
  const link = event.target.closest<HTMLAnchorElement>("a[data-permalink]");
  if (link !== null) copyPermalink(link, event);
});
