/**
 * The offline page's controls (components/offline/OfflineControls.astro): show whether this edition is saved on this
 * device, and save, update or remove the copy (offline-app.ts) when the reader presses a button. Reading the state
 * opens no cache and registers nothing. Every string comes from the controls' data attributes. Only the offline page
 * loads this script (bundled with offline-app.ts: smaller than loading that on click through Vite's preload helper).
 */
import { removeCopy, saveCopy } from "./offline-app.ts";

const root = document.querySelector<HTMLElement>("[data-offline]");

if (root !== null && "serviceWorker" in navigator && "caches" in window) {
  const data = root.dataset;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-offline-${name}]`);
  const text = (key: string, values: Record<string, string | number> = {}) =>
    (data[key] ?? "").replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
  const buttons = ["save", "update", "remove"].map((name) => part(name) as HTMLButtonElement);

  /** Show the saved copy's date and size, or that there is none. */
  const showState = async (): Promise<void> => {
    const cache = data["cache"] ?? "";
    const record = (await caches.has(cache)) ? await (await caches.open(cache)).match(data["manifest"] ?? "") : undefined;
    const saved = record === undefined ? undefined : ((await record.json()) as { saved: string; bytes: number });
    const state = part("state");
    if (state !== null)
      state.textContent = saved === undefined ? text("notSaved") : text("saved", { date: saved.saved.slice(0, 10), size: (saved.bytes / 1e6).toFixed(1) });
    const [save, update, remove] = buttons;
    if (save && update && remove) {
      save.hidden = saved !== undefined;
      update.hidden = remove.hidden = saved === undefined;
    }
  };

  const unsupported = part("unsupported");
  const controls = part("controls");
  if (unsupported !== null) unsupported.hidden = true;
  if (controls !== null) controls.hidden = false;
  void showState();

  for (const button of buttons) {
    button.addEventListener("click", () => {
      for (const b of buttons) b.disabled = true;
      void (button.dataset["offlineRemove"] === undefined ? saveCopy(root, text) : removeCopy(root, text)).finally(() => {
        for (const b of buttons) b.disabled = false;
        void showState();
      });
    });
  }
}
