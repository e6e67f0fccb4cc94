import type { APIRoute } from "astro";
import { getCollection, type CollectionKey } from "astro:content";
import { ConverterFactory } from "opencc-js/core";
import HKVariantsRev from "opencc-js/dict/HKVariantsRev";
import TSCharacters from "opencc-js/dict/TSCharacters";
import TSPhrases from "opencc-js/dict/TSPhrases";
import TWVariantsRev from "opencc-js/dict/TWVariantsRev";
import { getConcepts, getElements, getEvents, getBibliography } from "../../data/collections.ts";
import { getUnitIndex, type Unit } from "../../data/units.ts";
import { hrefOf } from "../../lib/routes.ts";
import { dictionarySources, toSearchTerms, traditionalCharacters, type GlossaryUnit } from "../../lib/search/glossary.ts";
import type { SearchGlossary } from "../../lib/search/terms.ts";

// The `kind` filter value of the page each kind of unit is on (elements carry their own kind).
const PAGE_KIND: Record<Unit["kind"], string> = {
  paper: "paper",
  section: "section",
  stage: "stage",
  table: "table",
  dimension: "table",
  element: "element",
  "matrix-cell": "indicator",
  concept: "concept",
  comparison: "comparison",
  event: "event",
  bibliography: "bibliography",
  page: "page",
};
const COLLECTIONS: CollectionKey[] = ["papers", "sections", "stages", "dimensions", "elements", "matrix", "concepts", "events", "bibliography", "comparisons", "pages"];
const BOTH = ["paper-a", "paper-b"];

/** The search glossary: every unit's names and link, and the Traditional characters to convert. */
export const GET: APIRoute = async () => {
  const base = import.meta.env.BASE_URL;
  const concepts = new Map((await getConcepts()).map((c) => [c.id, c]));
  const elementKinds = new Map((await getElements()).map((e) => [e.id, e.data.kind]));
  const eventPapers = new Map((await getEvents()).map((e) => [e.id, e.data.mentions.map((m) => m.paper.id)]));
  const bibPapers = new Map((await getBibliography()).map((b) => [b.id, b.data.citedIn.map((c) => c.paper.id)]));
  const units: GlossaryUnit[] = [...(await getUnitIndex()).values()].map((u) => {
    const concept = concepts.get(u.id);
    const papers =
      concept !== undefined
        ? BOTH.filter((p) => concept.data.views[p as "paper-a" | "paper-b"].discussed)
        : (eventPapers.get(u.id) ?? bibPapers.get(u.id) ?? (u.paper === undefined ? BOTH : [u.paper]));
    return {
      id: u.id,
      href: hrefOf(base, u.location),
      titleZh: u.titleZh,
      titleEn: u.titleEn,
      aliasesZh: concept?.data.aliasesZh ?? [],
      kind: elementKinds.get(u.id) ?? PAGE_KIND[u.kind],
      papers: [...new Set(papers)].sort(),
    };
  });
  const entries = (await Promise.all(COLLECTIONS.map((c) => getCollection(c)))).flat();
  const siteText = entries.map((e) => `${JSON.stringify(e.data)}${"body" in e ? (e.body ?? "") : ""}`).join("");
  const toSimplified = ConverterFactory([HKVariantsRev], [TWVariantsRev], [TSPhrases, TSCharacters]);
  const candidates = [HKVariantsRev, TWVariantsRev, TSCharacters].flatMap(dictionarySources);
  const glossary: SearchGlossary = { terms: toSearchTerms(units), traditional: traditionalCharacters(siteText, candidates, toSimplified) };
  return new Response(JSON.stringify(glossary), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
