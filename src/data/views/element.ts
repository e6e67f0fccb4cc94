import { getEntries, getEntry } from "../content.ts";
import { LOCALE } from "../../i18n/locale.ts";
import { ELEMENT_KIND_LABELS } from "../../i18n/kinds.ts";
import { shortCitation } from "../../lib/cite/bibliography.ts";
import { CROSSWALK_TYPE_LABELS } from "../../i18n/kinds.ts";
import { crosswalkOf } from "../../lib/crosswalk.ts";
import { siblingsOf } from "../../lib/elements.ts";
import { UI } from "../../i18n/ui.ts";
import { locateUnit, PATHS } from "../../lib/routes.ts";
import { tocFromHeadings } from "../../lib/toc.ts";
import type { MentionGroup } from "../../lib/backlinks.ts";
import type { CiteView, CounterpartView, ElementGroupView, Link, LocatorView, PageMeta, TitledLink } from "../../lib/views.ts";
import { getMentionGroups } from "../backlinks.ts";
import { getCiteView } from "../cite-view.ts";
import { getElements, getPapers, getStages } from "../collections.ts";
import { getCrosswalkPairs } from "../crosswalk.ts";
import { siteHref, unitHref } from "../env.ts";
import { getLocatorView } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";
import { getUnitIndex } from "../units.ts";
import { hrefTo, paperCrumb, renderBody, titledLink, type Body } from "./shared.ts";

/** A model element of either paper: the site's account, its parts, its counterparts in the other paper, the works it cites. */
export interface ElementView {
  page: PageMeta;
  id: string;
  titleZh: string;
  titleEn: string;
  /** Whose rendering the English title is. */
  titleEnSource: "paper" | "site";
  /** "论文A · 运行机制": the paper and the element's kind. */
  eyebrow: string;
  cite: CiteView;
  locator: LocatorView;
  Content: Body;
  parts: TitledLink[];
  /** For one of Paper B's systems: the model stage it corresponds to. */
  correspondsTo?: Link | undefined;
  /** The crosswalk's entries for this element (content/crosswalk/): the other paper's elements, typed, with the reason. */
  counterparts: CounterpartView[];
  /** The crosswalk page, linked under the counterparts. */
  crosswalk: Link;
  /** The label of the paper the counterparts are in (论文A, 论文B). */
  otherPaper: string;
  /** The element's group: its parent and its siblings, for reading on. */
  group: ElementGroupView;
  cites: (Link & { lang: string | undefined })[];
  /** Where the site's pages link to the element, grouped by paper: each unit, the exact place, the sentence around it. */
  backlinks: MentionGroup[];
}

/** The element pages' paths. */
export async function getElementPaths() {
  return (await getElements()).map((e) => ({ params: { id: e.id }, props: { id: e.id } }));
}

/** Everything an element's page shows. */
export async function getElementView(id: string): Promise<ElementView> {
  const everyElement = await getElements();
  const element = everyElement.find((e) => e.id === id);
  if (element === undefined) throw new Error(`content/elements: "${id}" is missing`);
  const d = element.data;
  const paper = await getEntry(d.locator.paper);
  const { Content, headings } = await renderBody(element);
  const parent = d.parent === undefined ? undefined : await getEntry(d.parent);
  const corresponds = d.correspondsTo === undefined ? undefined : await getEntry(d.correspondsTo);
  const byId = new Map(everyElement.map((e) => [e.id, e]));
  // One source for the crosswalk page and the element pages: content/crosswalk/.
  const counterparts = crosswalkOf(id, await getCrosswalkPairs());
  const units = await getUnitIndex();
  const stages = await getStages();
  const kindLabel = ELEMENT_KIND_LABELS[d.kind];
  const asSibling = (e: (typeof everyElement)[number]) => ({
    id: e.id,
    paper: e.data.locator.paper.id,
    kind: e.data.kind,
    parent: e.data.parent?.id,
    order: e.data.order,
  });
  const siblings = siblingsOf(asSibling(element), everyElement.map(asSibling)).flatMap((s) => {
    const e = byId.get(s);
    return e === undefined ? [] : [{ label: e.data.titleZh, href: hrefTo("element", e.id), current: e.id === id }];
  });
  const others = (await getPapers()).filter((p) => p.id !== paper.id);
  const crumbs = [
    paperCrumb(paper),
    ...(parent === undefined ? [] : [{ label: parent.data.titleZh, href: hrefTo("element", parent.id) }]),
    { label: d.titleZh },
  ];
  return {
    page: await pageMeta({
      source: element,
      titleZh: d.titleZh,
      description: `${paper.data.labelZh} · ${kindLabel}：${d.titleZh}`,
      path: locateUnit("element", id).path,
      unitId: id,
      kind: d.kind,
      papers: [paper.id],
      crumbs,
      toc: tocFromHeadings(headings),
    }),
    id,
    titleZh: d.titleZh,
    titleEn: d.titleEn,
    titleEnSource: d.titleEnSource,
    eyebrow: `${paper.data.labelZh} · ${kindLabel}`,
    cite: await getCiteView(id),
    locator: await getLocatorView(d.locator),
    Content,
    parts: everyElement
      .filter((e) => e.data.locator.paper.id === paper.id && e.data.parent?.id === id)
      .sort((a, b) => a.data.order - b.data.order)
      .map((e) => titledLink("element", e)),
    correspondsTo: corresponds === undefined ? undefined : { label: corresponds.data.titleZh, href: hrefTo("element", corresponds.id) },
    counterparts: counterparts.map((c) => {
      const otherId = c.a === id ? c.b : c.a;
      const other = otherId === undefined ? undefined : byId.get(otherId);
      const stage = otherId === undefined ? undefined : stages.find((st) => st.id === otherId);
      const { label, mark } = CROSSWALK_TYPE_LABELS[c.type];
      return {
        id: c.id,
        type: c.type,
        typeLabel: label,
        mark,
        reasonZh: c.reasonZh,
        other:
          other !== undefined
            ? titledLink("element", other)
            : stage === undefined
              ? undefined
              : { label: stage.data.titleZh, href: hrefTo("stage", stage.id), titleEn: stage.data.titleEn },
        // Each pair is on its part's page of the crosswalk.
        href: unitHref(units.get(c.id)?.location ?? { path: PATHS.crosswalk, anchor: c.id }),
      };
    }),
    crosswalk: { label: UI.crosswalk.title, href: siteHref(PATHS.crosswalk) },
    otherPaper: others.map((p) => p.data.labelZh).join(UI.punct.listSeparator),
    group: {
      up:
        parent === undefined
          ? { label: `${paper.data.labelZh} · ${kindLabel}`, href: `${hrefTo("paper", paper.id)}#kind-${d.kind}` }
          : { label: parent.data.titleZh, href: hrefTo("element", parent.id) },
      siblings,
    },
    cites: (await getEntries(d.cites)).map((b) => ({
      label: `${shortCitation(b.data)}${UI.punct.colon}${b.data.title}`,
      href: hrefTo("bibliography", b.id),
      lang: LOCALE === "en" ? undefined : b.data.language,
    })),
    backlinks: (await getMentionGroups(id)).groups,
  };
}
