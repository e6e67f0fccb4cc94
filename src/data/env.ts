import { hrefOf, withBase, type UnitLocation } from "../lib/routes.ts";

/** The base path the site is built under ("/", or "/kb/" for a sub-path build). */
export const BASE = import.meta.env.BASE_URL;

/** The site's origin as configured (astro.config.mjs `site`). */
const ORIGIN = import.meta.env.SITE ?? "http://127.0.0.1:4321";

/** The href of a site-relative path ("table-1/") under the base path. */
export function siteHref(path: string): string {
  return withBase(BASE, path);
}

/** The href of a unit's page or anchor under the base path. */
export function unitHref(location: UnitLocation): string {
  return hrefOf(BASE, location);
}

/** The absolute URL of an href ("/kb/table-1/" → "https://…/kb/table-1/"). */
export function absoluteUrl(href: string): string {
  return new URL(href, ORIGIN).href;
}
