import { LOCALE, PAGE_LANG, pick } from "./i18n/locale.ts";
import { THEME_STORAGE_KEY } from "./theme-key.ts";

/** Re-exported for the site's code; browser code imports it from ./theme-key.ts, which imports nothing. */
export { THEME_STORAGE_KEY };

const NAME = { zh: "新型举国体制比较知识库", en: "A Comparative Knowledge Base on the New Whole-Nation System" } as const;
const LICENSE = {
  zh: "本站撰写的文字与数据以 CC BY 4.0 许可发布；论文原文的著作权归原作者与原刊所有，本站仅作简短引用。",
  en: "The site's own text and data are published under CC BY 4.0; the papers remain the copyright of their authors and journals, and the site quotes them only briefly.",
} as const;

/** Constants of the site itself (not of the papers), in this edition's language (src/i18n/locale.ts). */
export const SITE = {
  /** Site name in the edition's language, shown in the header and titles. */
  nameZh: pick(NAME),
  /** The name the header shows: the English name is too long for a phone's header row. */
  headerName: pick({ zh: NAME.zh, en: "The New Whole-Nation System Compared" }),
  /** Site name in the other edition's language. */
  nameEn: LOCALE === "en" ? NAME.zh : NAME.en,
  /** Language of the pages (Pagefind segments Chinese only with this exact tag). */
  lang: PAGE_LANG,
  /** Licence of the site's own text and data. */
  licenseZh: pick(LICENSE),
  /** Key under which the reader's theme choice is remembered. */
  themeStorageKey: THEME_STORAGE_KEY,
} as const;
