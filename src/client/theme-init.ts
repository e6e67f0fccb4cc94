import { SITE } from "../site.config.ts";

/**
 * The inline script at the top of every page: applies the reader's remembered theme before the page
 * paints (site.ts remembers it). Inline, so it is a string (written minified: every page carries it); BaseLayout puts it in <head>.
 */
export const THEME_INIT_SCRIPT =
  `try{var t=localStorage.getItem(${JSON.stringify(SITE.themeStorageKey)});` + `if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
