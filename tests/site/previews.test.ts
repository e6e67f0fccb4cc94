import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { UNIT_KIND_LABELS_EN, ELEMENT_KIND_LABELS_EN } from "../../src/i18n/kinds.en.ts";
import { ELEMENT_KIND_LABELS_ZH, UNIT_KIND_LABELS_ZH } from "../../src/i18n/kinds.ts";
import { CARD_MAX_BYTES, PREVIEW_INDEX, cardFile, type PreviewCard, type PreviewIndex } from "../../src/lib/preview-card.ts";
import { BASE, DIST, openSite, text } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";
import { weighPreview } from "../../tools/bench/preview.ts";

// Link previews (issue #15): one card per unit and edition, each at most 1 KB, listed in the card index, matching its unit.
const builds = [
  { name: `the Chinese edition at ${BASE}`, dist: DIST, base: BASE, units: UNIT_KIND_LABELS_ZH, elements: ELEMENT_KIND_LABELS_ZH },
  { name: `the English edition at ${BASE}en/`, dist: join(DIST, "en"), base: `${BASE}en/`, units: UNIT_KIND_LABELS_EN, elements: ELEMENT_KIND_LABELS_EN },
  ...(existsSync(join(ROOT, "dist-kb"))
    ? [{ name: "the Chinese edition at /kb/", dist: join(ROOT, "dist-kb"), base: "/kb/", units: UNIT_KIND_LABELS_ZH, elements: ELEMENT_KIND_LABELS_ZH }]
    : []),
];

const cardFiles = (dist: string): string[] => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
    });
  return walk(join(dist, "preview")).filter((f) => f !== PREVIEW_INDEX);
};

describe.each(builds)("link preview cards of $name", ({ dist, base, units, elements }) => {
  const index = JSON.parse(readFileSync(join(dist, PREVIEW_INDEX), "utf8")) as PreviewIndex;
  const files = cardFiles(dist);
  const cards = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(dist, f), "utf8")) as PreviewCard]));
  // The site's pages are the edition's own: the English edition's pages are below en/ of the whole build.
  const site = openSite(dist, base);

  it("the index lists exactly the addresses that have a card, and the card's strings", () => {
    expect(index.links.length).toBeGreaterThan(300);
    expect(index.links.map(cardFile).sort()).toEqual([...files].sort());
    expect(index.ui.turnOff).not.toBe("");
    expect(index.ui.turnedOff).not.toBe("");
  });

  it(`every card is at most ${CARD_MAX_BYTES} bytes, with a title, kind and summary`, () => {
    const over = files.filter((f) => statSync(join(dist, f)).size > CARD_MAX_BYTES);
    expect(over).toEqual([]);
    for (const [file, card] of cards) {
      expect(card.t, file).not.toBe("");
      expect(card.k, file).not.toBe("");
      expect(card.s, file).not.toBe("");
    }
  });

  it("every card matches its unit: its link is its own address, the target exists, a page's h1 carries its title", () => {
    const problems: string[] = [];
    for (const address of index.links) {
      const card = cards.get(cardFile(address));
      if (card?.u !== `${base}${address}`) {
        problems.push(`${address}: card links to ${String(card?.u)}`);
        continue;
      }
      const target = site.targetOf(card.u);
      if (target === null || !site.exists(target.file)) {
        problems.push(`${address}: no page`);
        continue;
      }
      const doc = site.page(target.file);
      if (target.anchor !== undefined) {
        if (doc.getElementById(target.anchor) === null) problems.push(`${address}: no #${target.anchor}`);
      } else {
        const h1 = text(doc.querySelector("h1") ?? doc).replace(/\s+/g, "");
        if (!h1.includes(card.t.replace(/\s+/g, ""))) problems.push(`${address}: h1 "${h1}" lacks "${card.t}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("the preview script is one file of at most 3 KB gzip, importing nothing, and no page loads it before intent", () => {
    const weight = weighPreview(dist);
    expect(weight?.scriptGzip ?? Infinity).toBeLessThanOrEqual(3 * 1024);
    const script = readdirSync(join(dist, "_astro")).find((f) => /^preview\.[0-9a-f]+\.js$/.test(f)) ?? "";
    expect(readFileSync(join(dist, "_astro", script), "utf8")).not.toMatch(/\bimport\s*[{("*]|\bfrom\s*["'`]/);
    for (const path of ["", "paper-a/a-2-1/", "table-1/", "concepts/juguo-tizhi/"]) {
      const html = readFileSync(join(dist, path, "index.html"), "utf8");
      // The every-page script names the module only inside import(), which runs on the reader's first intent.
      expect(html).not.toMatch(new RegExp(`<script[^>]+src="[^"]*${script}`));
      expect(html).not.toMatch(new RegExp(`<link[^>]+${script}`));
      expect(html).toContain(`import(\`${base}_astro/${script}\`)`);
    }
  });

  it("every linkable kind has cards: concept, model element, section, stage, 表1 row, comparison and claim, event, reference", () => {
    const kinds = new Set([...cards.values()].map((c) => c.k));
    for (const kind of ["concept", "section", "stage", "dimension", "comparison", "claim", "event", "bibliography", "paper", "matrix-cell"] as const)
      expect(kinds, kind).toContain(units[kind]);
    expect(kinds).toContain(elements.mechanism);
    expect(kinds).toContain(elements.actor);
  });
});
