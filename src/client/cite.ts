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
/** The reader's own access dates, and the copy buttons shown, in `root`. */
function ready(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>("[data-cite-accessed]")) {
    const date = today[el.dataset["citeAccessed"] ?? ""];
    if (date !== undefined) el.textContent = date;
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-cite-copy]")) button.hidden = false;
}
ready(document);

// A cite control shows one citation until the reader turns to it (CiteFormats, `first`); then its cite page's full
// list of formats, copy buttons and downloads takes that citation's place. Each control fetches once; if the fetch
// fails, the one citation and the link to the cite page stay.
function complete(control: Element | null | undefined): void {
  const first = control?.querySelector<HTMLElement>(".cite-formats[data-cite-first]:not([data-cite-fetching])");
  const page = control?.querySelector<HTMLAnchorElement>("a[data-cite-page]")?.href;
  if (first == null || page === undefined) return;
  first.dataset["citeFetching"] = "";
  fetch(page)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
    .then((html) => {
      const all = new DOMParser().parseFromString(html, "text/html").querySelector(".cite-formats");
      if (all === null) throw new Error("no formats");
      ready(all);
      first.replaceWith(document.adoptNode(all));
    })
    .catch(() => delete first.dataset["citeFetching"]);
}
const controlOf = (target: EventTarget | null) => (target instanceof Element ? target.closest("details.cite") : null);
for (const type of ["pointerover", "focusin"]) document.addEventListener(type, (event) => complete(controlOf(event.target)), { passive: true });
document.addEventListener("toggle", (event) => complete(controlOf(event.target)), true);
// The intent that brought this script here came before its listeners.
for (const control of document.querySelectorAll("details.cite[open], details.cite:hover")) complete(control);
complete(controlOf(document.activeElement));

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

// A permalink is copied as the site's own address (the canonical URL's origin), wherever the page is being read.
const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

function copyPermalink(link: HTMLAnchorElement, event: MouseEvent): void {
  const href = link.getAttribute("href");
  if (href === null || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(href, canonical).href;
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
  const link = event.target.closest<HTMLAnchorElement>("a.permalink");
  if (link !== null) copyPermalink(link, event);
});
