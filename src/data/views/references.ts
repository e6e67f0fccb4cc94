import { UI } from "../../i18n/ui.ts";
import { renderingOf } from "../translations.ts";
import { LOCALE } from "../../i18n/locale.ts";
import { formatName } from "../../lib/cite/bibliography.ts";
import { PATHS } from "../../lib/routes.ts";
import type { Link, PageMeta, ReferenceView } from "../../lib/views.ts";
import { PAPER_IDS } from "../../schemas/common.ts";
import { getCitations } from "../citations.ts";
import { getCiteView } from "../cite-view.ts";
import { getBibliography } from "../collections.ts";
import { getLocatorViews } from "../locators.ts";
import { pageMeta } from "../page-meta.ts";

/** The style the bibliography is printed in (the site's first style, GB/T 7714). */
const STYLE = "gbt";

/** The bibliography: the works both papers cite first, then every work, formatted by the citation library. */
export interface ReferencesView {
  page: PageMeta;
  /** Works cited by both papers, linked to their entries below. */
  shared: Link[];
  entries: ReferenceView[];
}

/** Everything the bibliography shows. */
export async function getReferencesView(): Promise<ReferencesView> {
  const works = await getBibliography();
  const entries = await Promise.all(
    works.map(async (e): Promise<ReferenceView> => {
      const d = e.data;
      const work = (await getCitations(e.id)).blocks.find((b) => b.target === "work");
      const text = work?.formats.find((f) => f.style === STYLE)?.formatted.text;
      if (text === undefined) throw new Error(`content/bibliography: "${e.id}" has no ${STYLE} reference`);
      return {
        id: e.id,
        // The Chinese edition marks each work's language; on English pages the notes are English, and the build marks the Chinese runs.
        lang: LOCALE === "en" ? undefined : d.language,
        title: d.title,
        titleEn: renderingOf(e, "title"),
        shared: new Set(d.citedIn.map((c) => c.paper.id)).size > 1,
        text,
        noteZh: d.noteZh,
        locators: await getLocatorViews(d.citedIn, UI.references.citedIn),
        cite: await getCiteView(e.id),
      };
    }),
  );
  return {
    page: await pageMeta({
      titleZh: UI.nav.references,
      description: UI.references.description,
      path: PATHS.references,
      kind: "bibliography",
      papers: PAPER_IDS,
      crumbs: [{ label: UI.nav.references }],
    }),
    shared: works
      .filter((_, i) => entries[i]?.shared === true)
      .map((e) => {
        const titleEn = renderingOf(e, "title");
        const label = `${e.data.authors.map((a) => formatName(a, e.data.language)).join(UI.punct.listSeparator)}${UI.punct.colon}${e.data.title}`;
        return { label: titleEn === undefined ? label : `${label}${UI.punct.openParen}${titleEn}${UI.punct.closeParen}`, href: `#${e.id}` };
      }),
    entries,
  };
}
