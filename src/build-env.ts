/**
 * The build settings read from the environment (by astro.config.mjs and the tests), checked before Astro sees them.
 * Their names belong to this project: generic names such as SITE or BASE are often set for other reasons.
 *
 *   KB_SITE_URL   where the site is published: an absolute http(s) URL without a path (default http://127.0.0.1:4321)
 *   KB_BASE_PATH  the path it is served under: starts and ends with "/" (default "/")
 *   KB_LOCALE     the edition this build makes: "zh" (the Chinese edition, at the base path; default) or "en" (the
 *                 English edition, under <base path>en/). `npm run build` makes both, side by side (tools/build/cli.ts).
 *
 * Example: KB_SITE_URL=https://user.github.io KB_BASE_PATH=/kb/ npm run build
 */

/** The name of the variable holding the site's URL. */
export const SITE_URL_VARIABLE = "KB_SITE_URL";
/** The name of the variable holding the base path. */
export const BASE_PATH_VARIABLE = "KB_BASE_PATH";

/** The name of the variable choosing the edition. */
export const LOCALE_VARIABLE = "KB_LOCALE";
/** The editions: Chinese (the original, at the root) and English (under en/). */
export const LOCALES = ["zh", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** The site's URL when KB_SITE_URL is unset or empty (where `npm run serve` serves it). */
export const DEFAULT_SITE_URL = "http://127.0.0.1:4321";
/** The base path when KB_BASE_PATH is unset or empty. */
export const DEFAULT_BASE_PATH = "/";

/** The checked build settings. */
export interface BuildEnv {
  /** The site's origin, without a trailing slash ("https://user.github.io"). */
  siteUrl: string;
  /** The base path of the whole site, starting and ending with "/" ("/", "/kb/"). */
  basePath: string;
  /** The edition this build makes. */
  locale: Locale;
  /** The base path of this edition: the site's for Chinese, its `en/` for English ("/en/", "/kb/en/"). */
  editionBase: string;
}

/** Thrown when a build setting in the environment has the wrong form; the message names every such variable. */
export class BuildEnvError extends Error {
  override name = "BuildEnvError";
}

/** One or more path segments of letters, digits and - . _ ~, each followed by "/". */
const BASE_PATH = /^\/(?:[\w.~-]+\/)*$/;

/** Read and check KB_SITE_URL and KB_BASE_PATH from `env` (unset or empty means the default); throws a BuildEnvError naming each bad one. */
export function readBuildEnv(env: Readonly<Record<string, string | undefined>>): BuildEnv {
  const problems: string[] = [];
  const siteUrl = checkSiteUrl(valueOf(env, SITE_URL_VARIABLE) ?? DEFAULT_SITE_URL, problems);
  const basePath = checkBasePath(valueOf(env, BASE_PATH_VARIABLE) ?? DEFAULT_BASE_PATH, problems);
  const rawLocale = valueOf(env, LOCALE_VARIABLE) ?? "zh";
  const locale: Locale = rawLocale === "en" ? "en" : "zh";
  if (!(LOCALES as readonly string[]).includes(rawLocale)) problems.push(`${LOCALE_VARIABLE} must be "zh" or "en"; got ${JSON.stringify(rawLocale)}.`);
  if (problems.length > 0) throw new BuildEnvError(problems.join("\n"));
  return { siteUrl, basePath, locale, editionBase: editionBaseOf(basePath, locale) };
}

/** A variable's value, or undefined when it is unset or empty. */
function valueOf(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

/** The origin of an absolute http(s) URL without a path, query, fragment or credentials; otherwise a problem is added. */
function checkSiteUrl(value: string, problems: string[]): string {
  const expected = `${SITE_URL_VARIABLE} must be an absolute http(s) URL without a path, such as https://user.github.io`;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (url === null || (url.protocol !== "http:" && url.protocol !== "https:")) {
    problems.push(`${expected}; got ${JSON.stringify(value)}.`);
    return DEFAULT_SITE_URL;
  }
  if (url.pathname !== "/") {
    problems.push(
      `${expected}; got ${JSON.stringify(value)}, whose path belongs in ${BASE_PATH_VARIABLE} (${SITE_URL_VARIABLE}=${url.origin} ${BASE_PATH_VARIABLE}=${withSlashes(url.pathname)}).`,
    );
  } else if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    problems.push(`${expected} (no query, fragment or user name); got ${JSON.stringify(value)}.`);
  }
  return url.origin;
}

/** A base path that starts and ends with "/" and holds only plain path segments; otherwise a problem is added. */
function checkBasePath(value: string, problems: string[]): string {
  if (isBasePath(value)) return value;
  const hint = isBasePath(withSlashes(value)) ? ` (did you mean ${withSlashes(value)}?)` : "";
  problems.push(`${BASE_PATH_VARIABLE} must be a path that starts and ends with "/", such as /kb/ or /; got ${JSON.stringify(value)}${hint}.`);
  return DEFAULT_BASE_PATH;
}

/** Whether a path starts and ends with "/" and holds only plain segments (no "." or ".."). */
function isBasePath(path: string): boolean {
  return BASE_PATH.test(path) && !path.split("/").some((segment) => segment === "." || segment === "..");
}

/** A path with exactly one "/" at each end ("kb" → "/kb/"). */
function withSlashes(path: string): string {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

/** The base path of an edition: the site's base for Chinese, `<base>en/` for English. */
export const editionBaseOf = (basePath: string, locale: Locale): string => (locale === "en" ? `${basePath}en/` : basePath);
