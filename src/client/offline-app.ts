/**
 * Saving and removing this edition's offline copy, for offline.ts when the reader presses a button: register the
 * service worker (sw.js at the site's root, src/client/offline-sw.ts), ask it to save the edition, and show its progress.
 */
import { CACHE_PREFIX } from "../lib/offline.ts";

type Text = (key: string, values?: Record<string, string | number>) => string;

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Save the edition (or bring the saved copy up to date), showing progress; resolves when the worker is done. */
export async function saveCopy(root: HTMLElement, text: Text): Promise<void> {
  const data = root.dataset;
  const message = root.querySelector<HTMLElement>("[data-offline-message]");
  const progress = root.querySelector<HTMLProgressElement>("[data-offline-progress]");
  const say = (line: string) => {
    if (message !== null) message.textContent = line;
  };
  try {
    const registration = await navigator.serviceWorker.register(data["worker"] ?? "", { scope: data["scope"] ?? "/" });
    const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
    if (worker === null) throw new Error("no service worker");
    await new Promise<void>((resolve) => {
      const listen = (event: MessageEvent<{ type: string; done: number; total: number; files: number; count: number; fetched: number; message: string }>) => {
        const m = event.data;
        if (m.type === "progress") {
          if (progress !== null) {
            progress.hidden = false;
            progress.max = Math.max(m.total, 1);
            progress.value = m.done;
          }
          say(text("progress", { done: mb(m.done), total: mb(m.total), files: m.files, count: m.count }));
          return;
        }
        if (m.type === "saved") say(text(m.fetched === 0 ? "upToDate" : "done"));
        else if (m.type === "failed") say(text("failed", { error: m.message }));
        else return;
        if (progress !== null) progress.hidden = true;
        navigator.serviceWorker.removeEventListener("message", listen);
        resolve();
      };
      navigator.serviceWorker.addEventListener("message", listen);
      worker.postMessage({ type: "save", base: data["base"], banner: text("notice") });
    });
  } catch (error) {
    say(text("failed", { error: String(error) }));
  }
}

/** Delete the edition's copy; with no copy of either edition left, unregister the worker too. */
export async function removeCopy(root: HTMLElement, text: Text): Promise<void> {
  const data = root.dataset;
  await caches.delete(data["cache"] ?? "");
  const left = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX));
  if (left.length === 0) await (await navigator.serviceWorker.getRegistration(data["scope"] ?? "/"))?.unregister();
  const message = root.querySelector<HTMLElement>("[data-offline-message]");
  if (message !== null) message.textContent = text("removed");
}
