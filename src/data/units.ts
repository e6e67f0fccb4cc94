import { getCollection } from "./content.ts";
import { assertUniqueIds } from "../lib/ids.ts";
import { locateUnit, type UnitKind, type UnitLocation } from "../lib/routes.ts";
import { getSitePage } from "./collections.ts";
import { getCrosswalkModel, partOfEntry } from "./crosswalk.ts";

/** One citable unit of the site, as the link resolver and the citation tools see it. */
export interface Unit {
  id: string;
  kind: UnitKind;
  titleZh: string;
  titleEn: string;
  /** The paper the unit belongs to, where it belongs to one. */
  paper?: string;
  location: UnitLocation;
}

let cache: Promise<Map<string, Unit>> | undefined;

/** Every citable unit of the site by id; fails the build when two units share an id. */
export function getUnitIndex(): Promise<Map<string, Unit>> {
  cache ??= buildIndex();
  return cache;
}

/** Resolve a unit id, failing the build with a clear message when it does not exist. */
export async function resolveUnit(id: string, where: string): Promise<Unit> {
  const unit = (await getUnitIndex()).get(id);
  if (unit === undefined) throw new Error(`${where}: field "to" refers to "${id}", which is not the id of any entry in content/`);
  return unit;
}

/** A unit; `at` locates it when its page is not its paper's (a crosswalk pair's part). */
const make = (kind: UnitKind, id: string, titleZh: string, titleEn: string, paper?: string, at?: string): Unit => ({
  id,
  kind,
  titleZh,
  titleEn,
  ...(paper === undefined ? {} : { paper }),
  location: locateUnit(kind, id, at ?? paper),
});

async function buildIndex(): Promise<Map<string, Unit>> {
  // 表1 is cited under the title its page gives it (content/pages/about-table-1.mdx).
  const table = await getSitePage("about-table-1");
  const units: Unit[] = [make("table", "table-1", table.data.titleZh, table.data.titleEn, "paper-a")];
  for (const p of await getCollection("papers")) units.push(make("paper", p.id, p.data.titleZh, p.data.titleEn, p.id));
  for (const s of await getCollection("sections")) units.push(make("section", s.id, s.data.titleZh, s.data.titleEn, s.data.paper.id));
  for (const s of await getCollection("stages")) units.push(make("stage", s.id, s.data.titleZh, s.data.titleEn, "paper-a"));
  for (const d of await getCollection("dimensions")) units.push(make("dimension", d.id, d.data.titleZh, d.data.titleEn, "paper-a"));
  for (const e of await getCollection("elements")) units.push(make("element", e.id, e.data.titleZh, e.data.titleEn, e.data.locator.paper.id));
  for (const m of await getCollection("matrix")) units.push(make("matrix-cell", m.id, m.id, m.id, "paper-b"));
  for (const c of await getCollection("concepts")) units.push(make("concept", c.id, c.data.titleZh, c.data.titleEn));
  for (const c of await getCollection("comparisons")) units.push(make("comparison", c.id, c.data.titleZh, c.data.titleEn));
  for (const c of await getCollection("comparisons"))
    c.data.claims.forEach((claim, i) => units.push(make("claim", claim.id, `${c.data.titleZh}（论断${i + 1}）`, `${c.data.titleEn} (claim ${i + 1})`)));
  for (const c of await getCollection("comparisons")) units.push(make("matrix-row", `${c.id}-row`, c.data.titleZh, c.data.titleEn));
  const named = new Map([...(await getCollection("stages")), ...(await getCollection("elements"))].map((e) => [e.id, e.data] as const));
  const side = (id: string | undefined, other: "A" | "B", lang: "zh" | "en") =>
    id === undefined
      ? lang === "zh"
        ? `论文${other}无对应`
        : `no counterpart in Paper ${other}`
      : ((lang === "zh" ? named.get(id)?.titleZh : named.get(id)?.titleEn) ?? id);
  // Each pair lives on its part's page of the crosswalk (by its side A's place in Paper A's model).
  const model = await getCrosswalkModel();
  for (const w of await getCollection("crosswalk"))
    units.push(
      make(
        "crosswalk-pair",
        w.id,
        `${side(w.data.a, "A", "zh")} — ${side(w.data.b, "B", "zh")}`,
        `${side(w.data.a, "A", "en")} — ${side(w.data.b, "B", "en")}`,
        undefined,
        partOfEntry(w, model),
      ),
    );
  for (const e of await getCollection("events")) units.push(make("event", e.id, e.data.titleZh, e.data.titleEn));
  for (const b of await getCollection("bibliography")) units.push(make("bibliography", b.id, b.data.title, b.data.title));
  assertUniqueIds(units.map((u) => ({ id: u.id, where: `${u.kind} "${u.id}"` })));
  return new Map(units.map((u) => [u.id, u]));
}
