/**
 * One English terminology: every registered Chinese term has one canonical English rendering,
 * stored once in content/ (a concept's `titleEn`, or an entry of content/terms/). A unit's English
 * title must render each registered term its Chinese title contains with that canonical English.
 */

/** Where a canonical rendering comes from: Paper B's own English, or the site. */
export type EnSource = "paper" | "site";

/** Where Paper B prints an English rendering: its English title, its English abstract, or its body. */
export type PaperEnWhere = "title" | "abstract" | "text";

/** One registered term. */
export interface TermRecord {
  /** The Chinese term as it is matched in titles (without quotation marks). */
  zh: string;
  /** The canonical English, as shown (may carry a parenthetical romanisation). */
  en: string;
  /** Other accepted forms (plural, inflection), each listed explicitly. */
  formsEn: readonly string[];
  /** Where the canonical English comes from. */
  source: EnSource;
  /** Paper B's own rendering where it differs from the canonical one, verbatim, and where it stands. */
  paperEn?: { quote: string; where: PaperEnWhere };
  /** Whether titles are checked for this term (false for a part of a longer term, e.g. 学 in 政产学研用). */
  match: boolean;
  /** Where the term is defined ("content/concepts/juguo-tizhi.mdx"). */
  definedIn: string;
}

/** Chinese quotation marks are not part of a term (“卡脖子”技术 is matched as 卡脖子技术). */
export const normalizeZh = (text: string): string => text.replace(/[“”"‘’「」『』]/g, "");

/** The Chinese term a concept's title names: the title without parenthetical additions or quotation marks. */
export const conceptTermZh = (titleZh: string): string => normalizeZh(titleZh.replace(/[（(][^）)]*[）)]/g, "")).trim();

/** English compared without case, apostrophe style or runs of white space. */
export const normalizeEn = (text: string): string => text.normalize("NFC").replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim().toLowerCase();

/** A form of a term as it must stand in a title: without a parenthetical romanisation or a leading article. */
export const normalizeForm = (form: string): string => normalizeEn(form.replace(/\s*\([^)]*\)/g, "")).replace(/^(?:the|a|an) /, "");

/** The forms of a term that count as its canonical English (normalised). */
export const acceptedForms = (term: Pick<TermRecord, "en" | "formsEn">): string[] => [...new Set([term.en, ...term.formsEn].map(normalizeForm))];

/** Whether `form` stands in `text` as whole words (not inside a longer word). */
function containsWords(text: string, form: string): boolean {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + form.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * The registered terms a Chinese title contains. Longer terms win: a shorter term inside an occurrence
 * of a longer one (举国体制 inside 新型举国体制, 生产 inside 生产者) is not counted there.
 */
export function termsInTitle(titleZh: string, terms: readonly TermRecord[]): TermRecord[] {
  const text = normalizeZh(titleZh);
  const covered = new Array<boolean>(text.length).fill(false);
  const found: TermRecord[] = [];
  const sorted = terms.filter((t) => t.match).sort((a, b) => b.zh.length - a.zh.length);
  for (const term of sorted) {
    let hit = false;
    for (let at = text.indexOf(term.zh); at >= 0; at = text.indexOf(term.zh, at + 1)) {
      const span = covered.slice(at, at + term.zh.length);
      if (span.every(Boolean)) continue;
      span.forEach((_, i) => (covered[at + i] = true));
      hit = true;
    }
    if (hit) found.push(term);
  }
  return found;
}

/** The registered terms of `titleZh` that `titleEn` does not render with their canonical English. */
export function misrenderedTerms(titleZh: string, titleEn: string, terms: readonly TermRecord[]): TermRecord[] {
  const en = normalizeEn(titleEn);
  return termsInTitle(titleZh, terms).filter((term) => !acceptedForms(term).some((form) => containsWords(en, form)));
}

/** A unit's titles, with where they are written (file, and entry for a YAML list). */
export interface TitledUnit {
  where: string;
  titleZh: string;
  titleEn: string;
}

/** Messages naming file and field for every English title that departs from the terminology. */
export function terminologyProblems(units: readonly TitledUnit[], terms: readonly TermRecord[]): string[] {
  const problems: string[] = [];
  for (const unit of units) {
    for (const term of misrenderedTerms(unit.titleZh, unit.titleEn, terms)) {
      const forms = term.formsEn.length === 0 ? "" : ` (or ${term.formsEn.map((f) => `"${f}"`).join(", ")})`;
      problems.push(
        `${unit.where}: field "titleEn" "${unit.titleEn}" renders ${term.zh} without its canonical English "${term.en}"${forms}, defined in ${term.definedIn}`,
      );
    }
  }
  const byZh = new Map<string, TitledUnit>();
  for (const unit of units) {
    const first = byZh.get(unit.titleZh);
    if (first === undefined) byZh.set(unit.titleZh, unit);
    else if (first.titleEn !== unit.titleEn) {
      problems.push(
        `${unit.where}: field "titleEn" "${unit.titleEn}" differs from "${first.titleEn}" in ${first.where}, which has the same titleZh ${unit.titleZh}`,
      );
    }
  }
  return problems;
}

/** Messages for a registry that stores a term twice (two canonical renderings of one Chinese term). */
export function registryProblems(terms: readonly TermRecord[]): string[] {
  const seen = new Map<string, TermRecord>();
  const problems: string[] = [];
  for (const term of terms) {
    const key = term.match ? term.zh : `${term.zh}@${term.definedIn}`;
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(`${term.definedIn}: field "zh" ${term.zh} is already registered in ${first.definedIn}; a term has one canonical English`);
    else seen.set(key, term);
  }
  return problems;
}
