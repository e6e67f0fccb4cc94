/**
 * The edition a build makes: Chinese (the original, at the site's root) or English (under en/). Chosen by KB_LOCALE
 * (src/build-env.ts) and compiled in (astro.config.mjs defines __KB_LOCALE__ for the site's code and the browser's);
 * code run outside a build (unit tests, tools) is in the Chinese edition.
 */
import type { Locale } from "../build-env.ts";

declare const __KB_LOCALE__: string | undefined;
declare const __KB_ROOT_BASE__: string | undefined;

export type { Locale };

/** This build's edition. */
export const LOCALE: Locale = typeof __KB_LOCALE__ !== "undefined" && __KB_LOCALE__ === "en" ? "en" : "zh";

/** The language tag of each edition's pages (Pagefind segments Chinese only with exactly "zh-CN"). */
export const LANG_TAGS = { zh: "zh-CN", en: "en" } as const satisfies Record<Locale, string>;

/** The language of this edition's pages. */
export const PAGE_LANG: string = LANG_TAGS[LOCALE];

/** The other edition. */
export const OTHER_LOCALE: Locale = LOCALE === "en" ? "zh" : "en";

/** The language of text in the other edition's language (a Chinese title on an English page, an English one on a Chinese page). */
export const OTHER_LANG: string = LANG_TAGS[OTHER_LOCALE];

/** The base path of the whole site (both editions), where the shared search index lives; the edition's own base is BASE_URL. */
export const ROOT_BASE: string = typeof __KB_ROOT_BASE__ !== "undefined" ? __KB_ROOT_BASE__ : "/";

/** Pick this edition's value. */
export const pick = <T>(values: Record<Locale, T>): T => values[LOCALE];
