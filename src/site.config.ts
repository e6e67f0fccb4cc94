/** Key under which the reader's theme choice is remembered (a separate export, so browser code bundles only it). */
export const THEME_STORAGE_KEY = "kb-theme";

/** Constants of the site itself (not of the papers). */
export const SITE = {
  /** Site name in Chinese, shown in the header and titles. */
  nameZh: "新型举国体制比较知识库",
  /** Site name in English. */
  nameEn: "A Comparative Knowledge Base on the New Whole-Nation System",
  /** Language of the pages (Pagefind segments Chinese only with this exact tag). */
  lang: "zh-CN",
  /** Licence of the site's own text and data. */
  licenseZh: "本站撰写的文字与数据以 CC BY 4.0 许可发布；论文原文的著作权归原作者与原刊所有，本站仅作简短引用。",
  /** Key under which the reader's theme choice is remembered. */
  themeStorageKey: THEME_STORAGE_KEY,
} as const;
