/**
 * English words in a query. The site's English is British (organisation, centre, commercialisation), so a word typed
 * in American spelling is searched in British spelling; and Pagefind matches English words by their stems (it finds
 * "laboratories" for "national laboratory"), so the check that a result really contains a query word accepts the
 * word's other inflections (see query.ts, ParsedQuery.needs).
 */

/** A word of Latin letters (the rules below apply to nothing else). */
const LATIN_WORD = /^[a-z]+$/;

/** -ize/-ization words whose "iz" belongs to the root, not the suffix (size, seize and prize have too short a root). */
const IZE_ROOTS = new Set(["capsize", "citizen"]);
/** Words spelt -or in American English and -our in British (labor, behavior), with their derived forms. */
const OUR = /^(labor|behavior|favor|honor|color|neighbor|endeavor|harbor|rumor|flavor|armor)(s|ed|ing|al|able|ably|ite|ites|er|ers|ful|hood)?$/;
/** American and British spellings of whole words. */
const WORDS: Readonly<Record<string, string>> = {
  program: "programme",
  programs: "programmes",
  center: "centre",
  centers: "centres",
  centered: "centred",
  centering: "centring",
  defense: "defence",
  defenses: "defences",
  offense: "offence",
  pretense: "pretence",
};

/** The British spelling of an English word (lower case), or the word itself. */
export function britishSpelling(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  const whole = WORDS[word];
  if (whole !== undefined) return whole;
  const our = OUR.exec(word);
  if (our !== null) return `${(our[1] ?? "").replace(/or$/, "our")}${our[2] ?? ""}`;
  // organize, organization, mobilizing, centralized; analyze, paralyzed. A root of three letters or more before the
  // suffix keeps size, seize and prize as they are.
  const ize = /^([a-z]{3,})([iy])z(e|es|ed|ing|er|ers|ation|ations|ational)$/.exec(word);
  if (ize !== null && !IZE_ROOTS.has(word)) {
    const [, root = "", vowel = "", suffix = ""] = ize;
    return `${root}${vowel}s${suffix}`;
  }
  return word;
}

/** A text with every English word in British spelling (other text unchanged). */
export function britishText(text: string): string {
  return text.replace(/[a-z]+/g, britishSpelling);
}

/**
 * The other forms of an English word (lower case) that a page may hold where Pagefind matched the word's stem: the
 * singular of a plural, the plural of a word in -y, and the stem of an -ed or -ing form (which begins the word's other
 * forms: mobilis- for mobilised, mobilising, mobilisation). A form shorter than four letters is left out, so that a
 * short stem never matches everywhere. Singular forms need no rule: each is found inside its plural.
 */
export function inflections(word: string): string[] {
  if (!LATIN_WORD.test(word)) return [];
  const forms: string[] = [];
  const add = (form: string): void => {
    if (form.length >= 4 && form !== word) forms.push(form);
  };
  if (word.endsWith("ies")) add(`${word.slice(0, -3)}y`);
  else if (/(ss|sh|ch|x|z)es$/.test(word)) add(word.slice(0, -2));
  else if (/[^sui]s$/.test(word)) add(word.slice(0, -1));
  if (/[^aeiou]y$/.test(word)) add(`${word.slice(0, -1)}ies`);
  if (word.endsWith("ed")) add(word.slice(0, -2));
  if (word.endsWith("ing")) add(word.slice(0, -3));
  return forms;
}
