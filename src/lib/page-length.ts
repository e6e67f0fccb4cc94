/**
 * How long a page is on a phone, estimated at build time from the HTML of its content (the layout decides by it
 * whether the page gets a back-to-top link). Fitted on this site's pages at 390 px: a character of text adds about
 * 1.5 px (20 characters a line at 1.8 line height), a block (paragraph, item, heading, row) its margins, a figure
 * (a diagram) several hundred pixels; the content of a closed <details> and the text of inline SVG count for nothing.
 */
const PX_PER_CHAR = 1.5;
const PX_PER_BLOCK = 18;
const PX_PER_FIGURE = 600;
/** Header, breadcrumb, footer: what a phone shows around the content. */
const PAGE_CHROME = 600;

/** A phone screen's height, in CSS pixels (390×844). */
export const PHONE_SCREEN = 844;

/** Estimated height in CSS pixels of rendered HTML in a 390 px phone column. */
export function estimatePhoneHeight(html: string): number {
  const body = html.replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/g, "").replace(/<details\b(?![^>]*\sopen[\s>=])[^>]*>[\s\S]*?<\/details>/g, "");
  const count = (re: RegExp) => (body.match(re) ?? []).length;
  const chars = body
    .replace(/<[^>]+>/g, "")
    .replace(/&[#\w]+;/g, "x")
    .replace(/\s+/g, "").length;
  return chars * PX_PER_CHAR + count(/<(p|li|h[1-6]|tr|dt|dd|blockquote|pre)\b/g) * PX_PER_BLOCK + count(/<figure\b/g) * PX_PER_FIGURE;
}

/** Whether a page is long enough on a phone to deserve a back-to-top link: three screens or more. */
export function isLongPage(html: string): boolean {
  return estimatePhoneHeight(html) + PAGE_CHROME >= 3 * PHONE_SCREEN;
}
