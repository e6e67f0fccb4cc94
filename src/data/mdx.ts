/**
 * The data of the components MDX bodies use (<Ref>, <Cite>, <Quote from>, <Diagram>): they receive
 * only their attributes, so each calls one of these.
 */
import { LOCALE } from "../i18n/locale.ts";
import { getEntry } from "./content.ts";
import { shortCitation } from "../lib/cite/bibliography.ts";
import type { UnitKind } from "../lib/routes.ts";
import { unitHref } from "./env.ts";
import { resolveUnit } from "./units.ts";

/** A link to any unit by id, for <Ref to="…"> (fails the build for an unknown id). */
export async function getRefLink(to: string): Promise<{ href: string; kind: UnitKind; titleZh: string }> {
  const unit = await resolveUnit(to, `<Ref to="${to}">`);
  return { href: unitHref(unit.location), kind: unit.kind, titleZh: unit.titleZh };
}

/** The short citation of a bibliography entry and its link, for <Cite to="…">. */
export async function getCiteLink(to: string): Promise<{ href: string; lang: string | undefined; label: string }> {
  const unit = await resolveUnit(to, `<Cite to="${to}">`);
  const entry = await getEntry("bibliography", to);
  if (entry === undefined || unit.kind !== "bibliography") throw new Error(`<Cite to="${to}">: field "to" must be a bibliography id`);
  // The English edition gives authors in pinyin: the label is then English text, whatever the work's language.
  return { href: unitHref(unit.location), lang: LOCALE === "en" ? undefined : entry.data.language, label: shortCitation(entry.data) };
}

/** The section a quotation comes from, for <Quote from="…">. */
export async function getQuoteSource(from: string): Promise<{ href: string; titleZh: string }> {
  const source = await resolveUnit(from, `<Quote from="${from}">`);
  return { href: unitHref(source.location), titleZh: source.titleZh };
}

/** A diagram's text alternative and its two rendered SVGs, with the width class it needs, for <Diagram id="…">. */
export async function getDiagram(id: string): Promise<{ id: string; accTitle: string; accDescr: string; svgLight: string; svgDark: string }> {
  const diagram = await getEntry(LOCALE === "en" ? "diagramsEn" : "diagrams", id);
  if (diagram === undefined) throw new Error(`<Diagram id="${id}">: field "id" names no diagram in content/diagrams/`);
  const { accTitle, accDescr, svgLight, svgDark } = diagram.data;
  return { id, accTitle, accDescr, svgLight, svgDark };
}
