import { pinyin } from "pinyin-pro";

/** Anchor ids a reader can link to: lowercase ASCII letters, digits and single hyphens. */
export const ANCHOR_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable ASCII id for a heading: the toneless pinyin of its Chinese (ü written v), other letters and
 * digits kept, everything else a hyphen (历史与名称 → li-shi-yu-ming-cheng, GB/T 7714—2015 → gb-t-7714-2015).
 */
export function headingSlug(text: string): string {
  const syllables = pinyin(text, { toneType: "none", type: "array", nonZh: "consecutive", v: true });
  const slug = syllables
    .join(" ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "section" : slug;
}

/** Hands out heading ids for one page: a repeated slug gets -2, -3 … */
export function headingSlugger(taken: Iterable<string> = []): (text: string) => string {
  const used = new Set(taken);
  return (text) => {
    const slug = headingSlug(text);
    let id = slug;
    for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
    used.add(id);
    return id;
  };
}
