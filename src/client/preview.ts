/**
 * Link previews, loaded by the every-page script (site.ts) on the reader's first hover or focus on a link in the text.
 * Hovering a link to a unit (after a short pause), focusing it, or on a phone pressing and holding it, shows a small
 * card: the unit's titles, kind and paper, its first sentences (built per unit: src/pages/preview/) and a link there.
 * The card sits right after the link in the document, so Tab reaches it; Escape closes it; it never covers the link.
 * Its "turn off" button and the footer switch remember the choice (localStorage); without JS links are plain links.
 */
import { cardFile, PREVIEW_INDEX, type PreviewCard, type PreviewIndex } from "../lib/preview-card.ts";

const BASE = import.meta.env.BASE_URL;
/** The same key in site.ts and previews-switch.ts (each bundle keeps its own copy; see site.ts). */
const KEY = "kb-previews";
/** How long a pointer or focus rests on a link before its card opens, and how long the card outlives the pointer. */
const OPEN_DELAY = 350;
const CLOSE_DELAY = 300;
/** How long a finger holds a link to preview it. */
const HOLD = 450;

const CSS = `
.kb-pv{position:fixed;z-index:50;box-sizing:border-box;width:min(23rem,calc(100vw - 1rem));max-height:calc(100vh - 1rem);overflow:auto;
padding:.75rem .9rem .6rem;background:light-dark(var(--bg),var(--bg-soft));color:var(--fg);border:1px solid var(--border);border-radius:var(--radius);
box-shadow:0 .3rem 1.2rem light-dark(rgb(0 0 0/.18),rgb(0 0 0/.6));font-size:.9375rem;line-height:1.6;text-align:start;text-indent:0;font-weight:400;font-style:normal;white-space:normal}
.kb-pv>span,.kb-pv>a{display:block}
.kb-pv-k{color:var(--fg-soft);font-size:.8125rem}
.kb-pv-t{font-weight:700;font-size:1.0625rem;line-height:1.4;margin-top:.15rem}
.kb-pv-o{color:var(--fg-soft);font-size:.875rem;line-height:1.4}
.kb-pv-s{margin-top:.4rem}
.kb-pv button{margin-top:.5rem;padding:.2rem .5rem;font:inherit;font-size:.8125rem;color:var(--fg-soft);background:none;border:1px solid var(--border);border-radius:var(--radius);cursor:pointer}
@media (prefers-reduced-motion:no-preference){.kb-pv{animation:kb-pv .15s ease-out}}
@keyframes kb-pv{from{opacity:0;translate:0 .25rem}}
main a{-webkit-touch-callout:none}`;

const sheet = new CSSStyleSheet();
sheet.replaceSync(CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const isOff = (): boolean => {
  try {
    return localStorage.getItem(KEY) === "off";
  } catch {
    return false;
  }
};

/** The addresses that have cards, and the card's strings in this edition (with the index, so this script holds none). */
let index: Promise<{ links: Set<string>; ui: PreviewIndex["ui"] | undefined }> | undefined;
const cards = new Map<string, Promise<PreviewCard | undefined>>();
const getJson = <T>(path: string): Promise<T | undefined> =>
  fetch(BASE + path).then(
    (r) => (r.ok ? (r.json() as Promise<T>) : undefined),
    () => undefined,
  );

/** The site-relative address of a link in the text that points at a unit with a card elsewhere on the site. */
async function unitAddress(a: HTMLAnchorElement): Promise<string | undefined> {
  if (a.closest("nav, .kb-pv") !== null) return undefined;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.search !== "" || !url.pathname.startsWith(BASE) || url.pathname === location.pathname) return undefined;
  const address = url.pathname.slice(BASE.length) + url.hash;
  index ??= getJson<PreviewIndex>(PREVIEW_INDEX).then((i) => ({ links: new Set(i?.links), ui: i?.ui }));
  return (await index).links.has(address) ? address : undefined;
}

let card: HTMLElement | undefined;
let trigger: HTMLAnchorElement | undefined;
/** The link whose card is on its way (the reader's latest intent). */
let wanted: HTMLAnchorElement | undefined;
let openTimer = 0;
let closeTimer = 0;
let holdTimer = 0;
/** A link just previewed by a long press: its click and context menu that follow are not the reader's. */
let held: HTMLAnchorElement | undefined;
/** A link given the focus back by Escape: that focus is not a new intent. */
let refocused: HTMLAnchorElement | undefined;
/** When a finger last touched the page: the focus a tap gives a link is not an intent to preview it. */
let touchedAt = -Infinity;

const linkOf = (target: EventTarget | null): HTMLAnchorElement | null => (target instanceof Element ? target.closest<HTMLAnchorElement>("main a[href]") : null);
const inCard = (target: EventTarget | null): boolean => target instanceof Node && card?.contains(target) === true;

function close(refocus = false): void {
  clearTimeout(openTimer);
  clearTimeout(closeTimer);
  wanted = undefined;
  if (card === undefined) return;
  const back = refocus && inCard(document.activeElement) ? trigger : undefined;
  card.remove();
  trigger?.removeAttribute("aria-describedby");
  card = trigger = undefined;
  refocused = back;
  back?.focus();
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

async function open(a: HTMLAnchorElement): Promise<void> {
  const address = await unitAddress(a);
  if (address === undefined || isOff()) return;
  let data = cards.get(address);
  if (data === undefined) cards.set(address, (data = getJson<PreviewCard>(cardFile(address))));
  const [c, { ui }] = await Promise.all([data, index ?? { ui: undefined }]);
  if (c === undefined || ui === undefined || wanted !== a) return;
  close();
  const box = el("span", "kb-pv", "");
  box.id = "kb-pv";
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-labelledby", "kb-pv-t");
  const title = el("a", "kb-pv-t", c.t);
  title.id = "kb-pv-t";
  title.href = c.u;
  const summary = el("span", "kb-pv-s", c.s);
  summary.id = "kb-pv-s";
  const off = el("button", "", ui.turnOff);
  off.type = "button";
  off.addEventListener("click", () => turnOff(ui.turnedOff));
  box.append(el("span", "kb-pv-k", c.p === undefined ? c.k : `${c.k}${ui.separator}${c.p}`), title);
  if (c.o !== undefined) {
    const other = el("span", "kb-pv-o", c.o);
    other.lang = document.documentElement.lang === "en" ? "zh-CN" : "en";
    box.append(other);
  }
  box.append(summary, off);
  // Right after the link (after a heading that holds it), so that Tab goes from the link into the card.
  (a.closest("h1,h2,h3,h4,h5,h6") ?? a).after(box);
  card = box;
  trigger = a;
  a.setAttribute("aria-describedby", "kb-pv-s");
  place();
}

/** Put the card below the link, or above it where there is more room; never over it. */
function place(): void {
  if (card === undefined || trigger === undefined) return;
  const link = trigger.getBoundingClientRect();
  const line = trigger.getClientRects()[0] ?? link;
  const gap = 6;
  const below = innerHeight - link.bottom - gap - 8;
  const above = link.top - gap - 8;
  card.style.maxHeight = "";
  const { offsetWidth: w, offsetHeight: h } = card;
  const down = h <= below || below >= above;
  card.style.maxHeight = `${Math.max(down ? below : above, 48)}px`;
  card.style.top = `${down ? link.bottom + gap : link.top - gap - Math.min(h, above)}px`;
  card.style.left = `${Math.max(8, Math.min(line.left, innerWidth - w - 8))}px`;
}

function turnOff(said: string): void {
  try {
    localStorage.setItem(KEY, "off");
  } catch {
    // Without storage previews stay off for this page only.
  }
  for (const s of document.querySelectorAll("[data-previews] button")) s.setAttribute("aria-checked", "false");
  close(true);
  status.textContent = "";
  setTimeout(() => (status.textContent = said), 50);
}
const status = el("p", "visually-hidden", "");
status.setAttribute("role", "status");
document.body.append(status);

function later(a: HTMLAnchorElement): void {
  clearTimeout(closeTimer);
  if (trigger === a || isOff()) return;
  clearTimeout(openTimer);
  wanted = a;
  openTimer = window.setTimeout(() => void open(a), OPEN_DELAY);
}

function leave(next: EventTarget | null): void {
  if (inCard(next) || (next instanceof Node && (trigger ?? wanted)?.contains(next) === true)) return;
  clearTimeout(openTimer);
  if (card === undefined) return void (wanted = undefined);
  clearTimeout(closeTimer);
  closeTimer = window.setTimeout(() => close(), CLOSE_DELAY);
}

function hold(event: PointerEvent): void {
  const a = linkOf(event.target);
  touchedAt = event.timeStamp;
  held = undefined;
  clearTimeout(holdTimer);
  if (a === null || isOff()) return;
  holdTimer = window.setTimeout(() => {
    held = wanted = a;
    void open(a);
  }, HOLD);
}

function pointerOver(event: Event): void {
  if (!(event instanceof PointerEvent)) return;
  if (event.pointerType === "touch") return hold(event);
  const a = linkOf(event.target);
  if (a !== null) later(a);
  else if (inCard(event.target)) clearTimeout(closeTimer);
}

function focusIn(event: Event): void {
  const a = linkOf(event.target);
  if (inCard(event.target)) clearTimeout(closeTimer);
  else if (a !== null && a === refocused) refocused = undefined;
  else if (a !== null && event.timeStamp - touchedAt > 1000) later(a);
}

addEventListener("pointerover", pointerOver);
addEventListener("pointerout", (event) => {
  if (event.pointerType !== "touch") leave(event.relatedTarget);
});
addEventListener("focusin", focusIn);
addEventListener("focusout", (event) => leave(event.relatedTarget));
addEventListener("pointerdown", (event) => {
  if (event.pointerType === "touch") hold(event);
  if (card !== undefined && !inCard(event.target) && linkOf(event.target) !== trigger) close();
});
for (const type of ["pointerup", "pointercancel", "scroll"]) addEventListener(type, () => clearTimeout(holdTimer), { passive: true, capture: true });
addEventListener("scroll", place, { passive: true, capture: true });
addEventListener("resize", place, { passive: true });
addEventListener("keydown", (event) => {
  if (event.key !== "Escape" || card === undefined) return;
  event.preventDefault();
  close(true);
});
// A long press shows the card, not the browser's link menu, and does not then follow the link.
addEventListener("contextmenu", (event) => {
  const a = linkOf(event.target);
  if (a === null || isOff() || event.timeStamp - touchedAt > 2000) return;
  event.preventDefault();
  if (held === a) return;
  clearTimeout(holdTimer);
  held = wanted = a;
  void open(a);
});
addEventListener(
  "click",
  (event) => {
    if (held === undefined || linkOf(event.target) !== held) return;
    event.preventDefault();
    held = undefined;
  },
  true,
);

/** Take over from site.ts: the event that loaded this module counts as the first intent. */
export default function start(first: Event): void {
  if (first.type === "focusin") focusIn(first);
  else pointerOver(first);
}
