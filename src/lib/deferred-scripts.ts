/**
 * Scripts a page loads only when the reader asks for what they do. Astro renders a component's script as
 * `<script type="module" src="…">`, which runs at once; for the scripts named here the build then turns that tag into
 * an inert `<template data-deferred-script="…" data-on="…">` carrying the same address and the selector of the
 * script's controls, and the every-page script (src/client/site.ts) imports it on the reader's first intent on one of
 * those controls (pointer over, touch, focus, a change), or at once where the page shows them openly (`now`, decided
 * when the page is built: the template is then marked data-now) or the
 * address carries the state of one of their form fields (?kind=… on the comparison). Controls that need the script are
 * `hidden` in the page and shown by the every-page script. Pages read and work the same without either script.
 */
export interface DeferredScript {
  /** The script's controls (a CSS selector, written into an attribute as it is: no quotes): intent on one of them loads the script. */
  readonly on: string;
  /** Whether a built page shows the controls openly, so that the script loads at once (the template is marked data-now). */
  readonly now?: (html: string) => boolean;
}

/** The components whose script is deferred (Astro names a component's script file after the component). */
export const DEFERRED_SCRIPTS: Readonly<Record<string, DeferredScript>> = {
  // At once where citation formats are open on the page (a cite page, how to cite), not only inside cite panels.
  CiteScript: { on: "details.cite,a.permalink", now: (html) => html.replace(/<details class="cite"[\s\S]*?<\/details>/g, "").includes('class="cite-formats"') },
  CompareScript: { on: "[data-matrix-filters]" },
};

/** The deferred script a built script file names (e.g. "_astro/CiteScript.astro_astro_type_script_index_0_lang.Xy1.js"), if any. */
export function deferredScript(file: string): DeferredScript | undefined {
  const name = /(?:^|\/)([A-Za-z]\w*)\.astro_astro_type_script_/.exec(file)?.[1];
  return name !== undefined && Object.hasOwn(DEFERRED_SCRIPTS, name) ? DEFERRED_SCRIPTS[name] : undefined;
}

/** Whether a built script file is deferred. */
export function isDeferredScript(file: string): boolean {
  return deferredScript(file) !== undefined;
}

/** The page with each deferred script's tag replaced by an inert template that names it and its controls. */
export function deferScripts(html: string): string {
  return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (tag, src: string) => {
    const script = deferredScript(src);
    if (script === undefined) return tag;
    const now = script.now?.(html) === true ? " data-now" : "";
    return `<template data-deferred-script="${src}" data-on="${script.on}"${now}></template>`;
  });
}
