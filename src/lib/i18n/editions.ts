/**
 * The two editions' addresses: the Chinese at the site's base path, the English under its `en/`, every page at the
 * same path below them (`/stages/stage-new/` and `/en/stages/stage-new/`).
 */
import type { Locale } from "../../build-env.ts";

/** The base path of an edition. */
export const editionBase = (rootBase: string, locale: Locale): string => (locale === "en" ? `${rootBase}en/` : rootBase);

/** The same page in the other edition: `pathname` is a path of the `from` edition (with its base). */
export function counterpartPath(pathname: string, rootBase: string, from: Locale, to: Locale): string {
  const base = editionBase(rootBase, from);
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  // The not-found page is a file (404.html), not a folder, in both editions.
  return `${editionBase(rootBase, to)}${rest.replace(/^404(?:\/|\.html)?$/, "404.html")}`;
}
