/**
 * Scripts a page loads only when the reader asks for what they do. Astro renders a component's script as
 * `<script type="module" src="…">`, which runs at once; for the scripts named here the build then turns that tag into
 * an inert `<template data-deferred-script="…">` carrying the same address, and the every-page script
 * (src/client/site.ts) imports it on the reader's first intent. Pages read and work the same without either script.
 */

/** The components whose script is deferred (Astro names a component's script file after the component). */
export const DEFERRED_SCRIPTS: readonly string[] = ["CiteScript"];

/** Whether a built script file (e.g. "_astro/CiteScript.astro_astro_type_script_index_0_lang.Xy1.js") is deferred. */
export function isDeferredScript(file: string): boolean {
  return DEFERRED_SCRIPTS.some((name) => new RegExp(`(?:^|/)${name}\\.astro_astro_type_script_`).test(file));
}

/** The page with each deferred script's tag replaced by an inert template that names it. */
export function deferScripts(html: string): string {
  return html.replace(/<script type="module" src="([^"]+)"><\/script>/g, (tag, src: string) =>
    isDeferredScript(src) ? `<template data-deferred-script="${src}"></template>` : tag,
  );
}
