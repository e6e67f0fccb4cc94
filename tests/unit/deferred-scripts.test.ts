import { describe, expect, it } from "vitest";
import { DEFERRED_SCRIPTS, deferScripts, isDeferredScript } from "../../src/lib/deferred-scripts.ts";

describe("deferred scripts", () => {
  it("knows a deferred script by its component's name, under any base", () => {
    expect(isDeferredScript("_astro/CiteScript.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(true);
    expect(isDeferredScript("/kb/en/_astro/CiteScript.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(true);
    expect(isDeferredScript("/_astro/CompareScript.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(true);
    expect(isDeferredScript("/_astro/SearchPanel.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(false);
    expect(isDeferredScript("/_astro/NotCiteScript.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(false);
    expect(isDeferredScript("/_astro/toString.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(false);
  });
  it("turns a deferred script's tag into an inert template naming it and its controls, and leaves other scripts", () => {
    const cite = "/kb/_astro/CiteScript.astro_astro_type_script_index_0_lang.Ab1.js";
    const compare = "/kb/_astro/CompareScript.astro_astro_type_script_index_0_lang.Ef3.js";
    const other = `<script type="module" src="/kb/_astro/SearchPanel.astro_astro_type_script_index_0_lang.Cd2.js"></script>`;
    expect(deferScripts(`<p>a</p><script type="module" src="${cite}"></script>${other}<script type="module" src="${compare}"></script>`)).toBe(
      `<p>a</p><template data-deferred-script="${cite}" data-on="details.cite,a.permalink"></template>${other}` +
        `<template data-deferred-script="${compare}" data-on="[data-matrix-filters]"></template>`,
    );
  });
  it("marks the cite script to load at once where a page shows citation formats openly, not only in cite panels", () => {
    const cite = "/_astro/CiteScript.astro_astro_type_script_index_0_lang.Ab1.js";
    const tag = `<script type="module" src="${cite}"></script>`;
    const panel = `<details class="cite" data-cite="b-1"><summary>引用</summary><div class="cite-formats" data-cite-first></div></details>`;
    expect(deferScripts(`${panel}${tag}`)).toBe(`${panel}<template data-deferred-script="${cite}" data-on="details.cite,a.permalink"></template>`);
    expect(deferScripts(`${panel}<div class="cite-formats"></div>${tag}`)).toContain(`data-on="details.cite,a.permalink" data-now></template>`);
  });
  it("names controls by selectors that need no escaping in an attribute", () => {
    for (const { on } of Object.values(DEFERRED_SCRIPTS)) expect(on).not.toMatch(/["&<>]/);
  });
});
