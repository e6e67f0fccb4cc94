/**
 * The link previews' switch on the reading settings page (components/settings/PreviewsSwitch.astro): shows it, and
 * remembers the reader's choice in localStorage under the key the every-page script (site.ts) and the previews
 * (preview.ts) read. Off is stored; on is the absence of the key.
 */
/** The same key in site.ts and preview.ts (each bundle keeps its own copy; see site.ts). */
const KEY = "kb-previews";

const isOff = (): boolean => {
  try {
    return localStorage.getItem(KEY) === "off";
  } catch {
    return false;
  }
};

for (const box of document.querySelectorAll<HTMLElement>("[data-previews]")) {
  const button = box.querySelector("button");
  box.hidden = false;
  button?.setAttribute("aria-checked", String(!isOff()));
  button?.addEventListener("click", () => {
    const turnOn = isOff();
    try {
      if (turnOn) localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, "off");
    } catch {
      // Without storage the switch cannot be remembered.
    }
    button.setAttribute("aria-checked", String(turnOn));
  });
}
