import { shownText } from "./translations.ts";
import { getCollection, type CollectionEntry } from "./content.ts";
import { CITE_UI, fill } from "../i18n/ui.ts";
import { ELEMENT_KIND_LABELS } from "../i18n/kinds.ts";
import { shortCitation } from "../lib/cite/bibliography.ts";
import {
  citeUnit,
  sectionLabel,
  type CitationInput,
  type CslItem,
  type CslName,
  type PaperFacts,
  type UnitCitations,
  type UnitLocator,
} from "../lib/cite/citations.ts";
import { toBibtex, toCslJson, toRis } from "../lib/cite/cite-format.ts";
import { hrefOf } from "../lib/routes.ts";
import { SITE } from "../site.config.ts";
import { BUILD_DATE, getEdition, getRevision } from "./changelog.ts";
import { getSectionTrail, type Locator } from "./locators.ts";
import { getUnitIndex, type Unit } from "./units.ts";

/** The facts a paper entry gives for citing it (unknown fields stay out). */
export function paperFacts(paper: CollectionEntry<"papers">): PaperFacts {
  const d = paper.data;
  return {
    id: paper.id,
    labelZh: d.labelZh,
    language: d.language,
    ...(d.year === undefined ? {} : { year: d.year }),
    ...(d.issue === undefined ? {} : { issue: d.issue }),
    ...(d.titleQuote === undefined ? {} : { title: d.titleQuote }),
    ...(d.titleEnQuote === undefined ? {} : { titleEn: d.titleEnQuote }),
    ...(d.authors === undefined ? {} : { authors: d.authors.map((a) => ({ family: a.familyZh, given: a.givenZh })) }),
    ...(d.journalName === undefined ? {} : { journal: d.journalName }),
    ...(d.keywords === undefined ? {} : { keywords: d.keywords }),
    ...(d.reprint === undefined
      ? {}
      : {
          reprint: {
            nameZh: d.reprint.nameZh,
            year: d.reprint.year,
            issue: d.reprint.issue,
            ...(d.reprint.column === undefined ? {} : { column: d.reprint.column }),
          },
        }),
  };
}

interface Context {
  papers: Map<string, CollectionEntry<"papers">>;
  sections: Map<string, CollectionEntry<"sections">>;
}

async function trailOf(sectionId: string): Promise<UnitLocator["trail"]> {
  return (await getSectionTrail(sectionId)).map((s) => ({ number: s.data.number, heading: shownText(s, "headingQuote", s.data.headingQuote) }));
}

async function locatorOf(l: Locator): Promise<UnitLocator> {
  return {
    trail: await trailOf(l.section.id),
    ...(l.page === undefined ? {} : { page: l.page }),
    ...(l.footnote === undefined ? {} : { footnote: l.footnote }),
    ...(l.note === undefined ? {} : { note: l.note }),
  };
}

function workOf(entry: CollectionEntry<"bibliography">): CslItem {
  const d = entry.data;
  const names: CslName[] = d.authors.map((a) =>
    "literal" in a ? { literal: a.literal } : { family: a.family, ...(a.given === undefined ? {} : { given: a.given }) },
  );
  return {
    id: entry.id,
    type: d.type,
    language: d.language,
    title: d.title,
    author: names,
    issued: { "date-parts": [[d.year]] },
    ...(d.container === undefined ? {} : { "container-title": d.container }),
    ...(d.editors === undefined ? {} : { editor: [{ literal: d.editors }] }),
    ...(d.publisher === undefined ? {} : { publisher: d.publisher }),
    ...(d.volume === undefined ? {} : { volume: d.volume }),
    ...(d.issue === undefined ? {} : { issue: d.issue }),
    ...(d.pages === undefined ? {} : { page: d.pages }),
  };
}

type Built = Omit<CitationInput, "id" | "kind" | "url" | "updated" | "first" | "edition"> & { updated?: string | undefined; files: (string | undefined)[] };

async function describeUnit(unit: Unit, ctx: Context): Promise<Built> {
  const paperEntry = unit.paper === undefined ? undefined : ctx.papers.get(unit.paper);
  const paper = paperEntry === undefined ? undefined : paperFacts(paperEntry);
  const label = paperEntry?.data.labelZh ?? "";
  const withPaper = paper === undefined ? {} : { paper };
  const title = (key: keyof typeof CITE_UI.titles, values: Record<string, string>) => fill(CITE_UI.titles[key], { label, ...values });
  const find = async <C extends "stages" | "dimensions" | "elements" | "matrix" | "concepts" | "comparisons" | "events" | "bibliography">(c: C) => {
    const entry = (await getCollection(c)).find((e) => e.id === unit.id);
    if (entry === undefined) throw new Error(`content: the ${c} entry "${unit.id}" is missing`);
    return entry;
  };
  switch (unit.kind) {
    case "paper": {
      const p = paperEntry;
      if (p === undefined) throw new Error(`content/papers/${unit.id}.mdx is missing`);
      const pageTitle = p.data.titleZh.startsWith(label) ? p.data.titleZh : title("paper", { title: p.data.titleZh });
      return { ...withPaper, pageTitle, updated: p.data.updated, files: [p.filePath] };
    }
    case "section": {
      const s = ctx.sections.get(unit.id);
      if (s === undefined) throw new Error(`content/sections: "${unit.id}" is missing`);
      const trail = await trailOf(s.id);
      const locator: UnitLocator = { trail, ...(s.data.page === undefined ? {} : { page: s.data.page }) };
      return {
        ...withPaper,
        locator,
        pageTitle: title("section", { section: sectionLabel(trail, s.data.titleZh) }),
        updated: s.data.updated,
        files: [s.filePath],
      };
    }
    case "stage": {
      const e = await find("stages");
      return {
        ...withPaper,
        locator: await locatorOf(e.data.locator),
        pageTitle: title("stage", { title: e.data.titleZh }),
        updated: e.data.updated,
        files: [e.filePath],
      };
    }
    case "table": {
      const page = (await getCollection("pages")).find((p) => p.id === "about-table-1");
      const rows = await getCollection("dimensions");
      const first = rows[0]?.data.locator;
      return {
        ...withPaper,
        ...(first === undefined ? {} : { locator: { trail: await trailOf(first.section.id) } }),
        pageTitle: title("table", { title: unit.titleZh }),
        updated: page?.data.updated,
        files: [page?.filePath, ...rows.map((r) => r.filePath)],
      };
    }
    case "dimension": {
      const e = await find("dimensions");
      return {
        ...withPaper,
        locator: await locatorOf(e.data.locator),
        pageTitle: title("dimension", { title: e.data.titleZh }),
        updated: e.data.updated,
        files: [e.filePath],
      };
    }
    case "element": {
      const e = await find("elements");
      return {
        ...withPaper,
        locator: await locatorOf(e.data.locator),
        pageTitle: title("element", { kind: ELEMENT_KIND_LABELS[e.data.kind], title: e.data.titleZh }),
        updated: e.data.updated,
        files: [e.filePath],
      };
    }
    case "matrix-cell": {
      const e = await find("matrix");
      const elements = await getCollection("elements");
      const concepts = await getCollection("concepts");
      const indicator = elements.find((x) => x.id === e.data.indicator.id)?.data.titleZh ?? e.data.indicator.id;
      const columnId = e.data.actor?.id ?? e.data.system?.id ?? "";
      const column = [...elements, ...concepts].find((x) => x.id === columnId)?.data.titleZh ?? columnId;
      return { ...withPaper, locator: await locatorOf(e.data.locator), pageTitle: title("matrixCell", { indicator, column }), files: [e.filePath] };
    }
    case "concept": {
      const e = await find("concepts");
      return { pageTitle: title("concept", { title: e.data.titleZh }), updated: e.data.updated, files: [e.filePath] };
    }
    case "comparison": {
      const e = await find("comparisons");
      return { pageTitle: title("comparison", { title: e.data.titleZh }), updated: e.data.updated, files: [e.filePath] };
    }
    case "claim": {
      const axis = (await getCollection("comparisons")).find((c) => c.data.claims.some((x) => x.id === unit.id));
      if (axis === undefined) throw new Error(`content/comparisons: claim "${unit.id}" is missing`);
      return { pageTitle: title("claim", { title: unit.titleZh }), updated: axis.data.updated, files: [axis.filePath] };
    }
    case "matrix-row": {
      const axis = (await getCollection("comparisons")).find((c) => `${c.id}-row` === unit.id);
      if (axis === undefined) throw new Error(`content/comparisons: no axis for the matrix row "${unit.id}"`);
      return { pageTitle: title("matrixRow", { title: unit.titleZh }), updated: axis.data.updated, files: [axis.filePath] };
    }
    case "crosswalk-pair": {
      const e = (await getCollection("crosswalk")).find((w) => w.id === unit.id);
      if (e === undefined) throw new Error(`content/crosswalk: entry "${unit.id}" is missing`);
      return { pageTitle: title("crosswalkPair", { title: unit.titleZh }), files: [e.filePath] };
    }
    case "event": {
      const e = await find("events");
      return { pageTitle: title("event", { title: e.data.titleZh }), updated: e.data.updated, files: [e.filePath] };
    }
    case "bibliography": {
      const e = await find("bibliography");
      return { work: workOf(e), pageTitle: title("bibliography", { title: shortCitation(e.data) }), files: [e.filePath] };
    }
    case "page":
      return { pageTitle: unit.titleZh, files: [] };
  }
}

/** The date this build prints as the access date of the site's pages until the reader's browser puts in today's. */
export { BUILD_DATE };

let context: Promise<Context> | undefined;
const inputs = new Map<string, Promise<CitationInput>>();
const citations = new Map<string, Promise<UnitCitations>>();

/** Everything needed to cite a unit, by id (fails the build for an unknown id). */
export function getCitationInput(id: string): Promise<CitationInput> {
  let input = inputs.get(id);
  if (input === undefined) {
    input = (async () => {
      const unit = (await getUnitIndex()).get(id);
      if (unit === undefined) throw new Error(`cite: "${id}" is not the id of any entry in content/`);
      context ??= (async () => ({
        papers: new Map((await getCollection("papers")).map((p) => [p.id, p])),
        sections: new Map((await getCollection("sections")).map((s) => [s.id, s])),
      }))();
      const { files, updated, ...rest } = await describeUnit(unit, await context);
      const url = new URL(hrefOf(import.meta.env.BASE_URL, unit.location), import.meta.env.SITE ?? "http://127.0.0.1:4321").href;
      const revision = await getRevision(id, updated, files);
      return {
        id,
        kind: unit.kind,
        url,
        updated: revision.substantive,
        ...(revision.first === undefined ? {} : { first: revision.first }),
        edition: (await getEdition()).id,
        ...rest,
      };
    })();
    inputs.set(id, input);
  }
  return input;
}

/** Every citation of a unit, formatted once per build (the access date printed is the build date). */
export function getCitations(id: string): Promise<UnitCitations> {
  let result = citations.get(id);
  if (result === undefined) {
    result = getCitationInput(id).then((input) => citeUnit(input, BUILD_DATE, SITE.nameZh));
    citations.set(id, result);
  }
  return result;
}

/** The file readers download for a unit: BibTeX, RIS or CSL-JSON of the original and of the site's page. */
export async function getCitationFile(id: string, format: "bib" | "ris" | "json"): Promise<string> {
  const { items } = await getCitations(id);
  return format === "bib" ? toBibtex(items) : format === "ris" ? toRis(items) : toCslJson(items);
}

/** The ids of every citable unit, in the unit index's order. */
export async function getCitableIds(): Promise<string[]> {
  return [...(await getUnitIndex()).keys()];
}
