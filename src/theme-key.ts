/** Key under which the reader's theme choice is remembered (its own module, importing nothing, so that the browser's every-page script stays small). */
export const THEME_STORAGE_KEY = "kb-theme";
