/**
 * Traditional → Simplified conversion for readers in Taiwan and Hong Kong. The site is written in
 * Simplified characters, so 舉國體制 is searched as 举国体制. OpenCC's dictionaries are loaded only
 * when a query contains a Traditional character whose Simplified form the site uses.
 */

/** A function that converts Traditional Chinese text to Simplified. */
export type ToSimplified = (text: string) => string;

/** Whether a query contains one of the Traditional characters listed (those the site's text needs converted). */
export function needsConversion(query: string, traditional: string): boolean {
  for (const char of query) if (traditional.includes(char)) return true;
  return false;
}

let loading: Promise<ToSimplified> | undefined;

/** Load OpenCC's converter from Taiwan and Hong Kong standard forms to Simplified (about 25 kB gzipped, once). */
export function loadToSimplified(): Promise<ToSimplified> {
  loading ??= Promise.all([
    import("opencc-js/core"),
    import("opencc-js/dict/HKVariantsRev"),
    import("opencc-js/dict/TWVariantsRev"),
    import("opencc-js/dict/TSPhrases"),
    import("opencc-js/dict/TSCharacters"),
  ]).then(([{ ConverterFactory }, hk, tw, phrases, characters]) => ConverterFactory([hk.default], [tw.default], [phrases.default, characters.default]));
  return loading;
}
