import { describe, expect, it } from "vitest";
import { deferScripts, isDeferredScript } from "../../src/lib/deferred-scripts.ts";

describe("deferred scripts", () => {
  it("knows the cite script by its component's name, under any base", () => {
    expect(isDeferredScript("_astro/CiteScript.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(true);
    expect(isDeferredScript("/kb/en/_astro/CiteScript.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(true);
    expect(isDeferredScript("/_astro/SearchPanel.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(false);
    expect(isDeferredScript("/_astro/NotCiteScript.astro_astro_type_script_index_0_lang.Ab1.js")).toBe(false);
  });
  it("turns a deferred script's tag into an inert template naming it, and leaves other scripts", () => {
    const cite = "/kb/_astro/CiteScript.astro_astro_type_script_index_0_lang.Ab1.js";
    const other = `<script type="module" src="/kb/_astro/SearchPanel.astro_astro_type_script_index_0_lang.Cd2.js"></script>`;
    expect(deferScripts(`<p>a</p><script type="module" src="${cite}"></script>${other}`)).toBe(
      `<p>a</p><template data-deferred-script="${cite}"></template>${other}`,
    );
  });
});
