import { getCollection, type CollectionKey } from "./content.ts";
import { renderingOf } from "./translations.ts";
import { LOCALE } from "../i18n/locale.ts";
import { ConverterFactory } from "opencc-js/core";
import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import TSCharacters from "opencc-js/dict/TSCharacters";
import TSPhrases from "opencc-js/dict/TSPhrases";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";
import { UNIT_PAGE_KINDS } from "../lib/page-kinds.ts";
import { authorAliases, dictionarySources, toSearchTerms, traditionalCharacters, type GlossaryUnit } from "../lib/search/glossary.ts";
import { GLOSSARY_SHARDS, glossaryCommon, glossaryShard, type SearchGlossary } from "../lib/search/terms.ts";
import { PAPER_IDS } from "../schemas/common.ts";
import { getBibliography, getConcepts, getElements, getEvents } from "./collections.ts";
import { unitHref } from "./env.ts";
import { getUnitIndex } from "./units.ts";

/** The collections whose text the search page may be asked about in Traditional characters. */
const COLLECTIONS: CollectionKey[] = [
  "papers",
  "sections",
  "stages",
  "dimensions",
  "elements",
  "matrix",
  "concepts",
  "events",
  "bibliography",
  "comparisons",
  "pages",
];

let glossary: Promise<SearchGlossary> | undefined;

/** The search glossary (search/terms.json): every unit's names and link, and the Traditional characters to convert. */
export function getSearchGlossary(): Promise<SearchGlossary> {
  glossary ??= buildSearchGlossary();
  return glossary;
}

/** The parts of the glossary the search page loads (search/terms/<part>.json; see GlossaryCommon in terms.ts). */
export const SEARCH_GLOSSARY_PARTS: readonly string[] = ["common", ...Array.from({ length: GLOSSARY_SHARDS }, (_, n) => String(n))];

/** One part of the glossary: "common", or a shard's units by number. */
export async function getSearchGlossaryPart(part: string): Promise<unknown> {
  const whole = await getSearchGlossary();
  return part === "common" ? glossaryCommon(whole) : glossaryShard(whole, Number(part));
}

async function buildSearchGlossary(): Promise<SearchGlossary> {
  const concepts = new Map((await getConcepts()).map((c) => [c.id, c]));
  const elementKinds = new Map((await getElements()).map((e) => [e.id, e.data.kind]));
  const eventPapers = new Map((await getEvents()).map((e) => [e.id, e.data.mentions.map((m) => m.paper.id)]));
  const bibliography = await getBibliography();
  const bibPapers = new Map(bibliography.map((b) => [b.id, b.data.citedIn.map((c) => c.paper.id)]));
  // A work cited is found by its authors' names too.
  // The English edition finds them by the pinyin the translation gives (the record itself stays as printed).
  const namesOf = (b: (typeof bibliography)[number]) =>
    b.data.authors.map((a, i) =>
      "literal" in a
        ? { literal: renderingOf(b, `authors.${i}.literal`) ?? a.literal }
        : { family: renderingOf(b, `authors.${i}.family`) ?? a.family, given: renderingOf(b, `authors.${i}.given`) ?? a.given },
    );
  const bibAuthors = new Map(
    bibliography.map((b) => [
      b.id,
      LOCALE === "en"
        ? [...authorAliases(namesOf(b), b.data.language), ...authorAliases(b.data.authors, b.data.language)]
        : authorAliases(b.data.authors, b.data.language),
    ]),
  );
  const units: GlossaryUnit[] = [...(await getUnitIndex()).values()].map((u) => {
    const concept = concepts.get(u.id);
    const papers =
      concept !== undefined
        ? PAPER_IDS.filter((p) => concept.data.views[p].discussed)
        : (eventPapers.get(u.id) ?? bibPapers.get(u.id) ?? (u.paper === undefined ? PAPER_IDS : [u.paper]));
    return {
      id: u.id,
      href: unitHref(u.location),
      titleZh: u.titleZh,
      titleEn: u.titleEn,
      aliasesZh: concept?.data.aliasesZh ?? bibAuthors.get(u.id) ?? [],
      kind: u.kind === "element" ? (elementKinds.get(u.id) ?? u.kind) : UNIT_PAGE_KINDS[u.kind],
      papers: [...new Set(papers)].sort(),
    };
  });
  const entries = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat();
  const siteText = entries.map((e) => `${JSON.stringify(e.data)}${"body" in e ? (e.body ?? "") : ""}`).join("");
  const toSimplified = ConverterFactory([HKVariantsRev], [TWVariantsRev], [TSPhrases, TSCharacters]);
  const candidates = [HKVariantsRev, TWVariantsRev, TSCharacters].flatMap(dictionarySources);
  return { terms: toSearchTerms(units), traditional: traditionalCharacters(siteText, candidates, toSimplified) };
}
