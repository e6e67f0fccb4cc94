// Backlinks in context on element pages (issue #15): each model element's page lists exactly the units whose text
// links to it with <Ref> (read here straight from the MDX files of the edition, not through the site's code), grouped
// by paper; each mention lands on the heading the link falls under and shows the sentence with the linked words marked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEntries } from "../helpers/content.ts";
import { BASE, DIST, openSite, text } from "../helpers/dist.ts";

const site = openSite(DIST, BASE);
const norm = (s: string) =>
  s
    .replace(/〔[^〕]*〕/g, "")
    .replace(/[\s“”‘’"'「」（）()]/g, "")
    .toLowerCase();
const KINDS = ["sections", "stages", "elements", "concepts", "comparisons"];
const elementIds = readEntries("elements").map((e) => e.id);

describe.each([
  { name: "Chinese", prefix: "", content: "", groups: ["论文A", "论文B", "本站比较与综合"] },
  { name: "English", prefix: "en/", content: "en/", groups: ["Paper A", "Paper B", "Comparisons and site-wide pages"] },
])("$name edition", ({ prefix, content, groups }) => {
  // Which units link to which element, from the edition's own MDX bodies.
  const expected = new Map<string, Set<string>>(elementIds.map((id) => [id, new Set()]));
  for (const kind of KINDS)
    for (const entry of readEntries(`${content}${kind}`))
      for (const m of entry.body.matchAll(/<Ref to="([a-z0-9-]+)"/g)) {
        const to = m[1] ?? "";
        if (to !== entry.id) expected.get(to)?.add(entry.id);
      }
  const pageOf = (id: string) => `${prefix}elements/${id}/index.html`;
  const mentionsOf = (id: string) => site.page(pageOf(id)).querySelectorAll("#backlinks ~ .mention-group .mentions > li");
  /** The unit a link lands on: the id in the target page's own citation block. */
  const unitAt = (href: string) => {
    const target = site.targetOf(href);
    return target === null ? undefined : site.page(target.file).querySelector("details.cite[data-cite]")?.getAttribute("data-cite");
  };

  it("lists on every element page exactly the units whose text links to it, self excluded, grouped by paper", () => {
    expect(elementIds.length).toBeGreaterThan(60);
    const withLinks = [...expected.values()].filter((s) => s.size > 0).length;
    expect(withLinks).toBeGreaterThan(40);
    for (const id of elementIds) {
      const listed = mentionsOf(id).map((li) => unitAt(li.querySelector("a")?.getAttribute("href") ?? ""));
      expect(listed.toSorted(), id).toEqual([...(expected.get(id) ?? [])].toSorted());
      const heading = site.page(pageOf(id)).querySelector("#backlinks");
      expect(heading === null, id).toBe(listed.length === 0);
      const labels = site
        .page(pageOf(id))
        .querySelectorAll(".mention-group > h3")
        .map((h) => text(h));
      expect(labels, id).toEqual(groups.filter((g) => labels.includes(g)));
      // As on concept pages, six mentions of a group open and the rest folded.
      for (const group of site.page(pageOf(id)).querySelectorAll(".mention-group"))
        expect(group.querySelectorAll(":scope > .mentions > li").length, id).toBeLessThanOrEqual(6);
    }
    expect(elementIds.filter((id) => site.page(pageOf(id)).querySelector(".mention-group details .mentions > li") !== null).length).toBeGreaterThan(0);
  });

  it("links each mention to the heading the link falls under, and shows its sentence with the linked words marked", () => {
    let anchored = 0;
    for (const id of elementIds)
      for (const li of mentionsOf(id)) {
        const where = `${pageOf(id)}: ${li.querySelector("a")?.getAttribute("href") ?? ""}`;
        const target = site.targetOf(li.querySelector("a")?.getAttribute("href") ?? "");
        expect(target, where).not.toBeNull();
        if (target === null) continue;
        expect(site.exists(target.file), where).toBe(true);
        const html = readFileSync(join(DIST, target.file), "utf8");
        const refs = [...html.matchAll(new RegExp(`<a href="${BASE}${prefix}elements/${id}/"[^>]*data-ref[^>]*>`, "g"))].map((m) => m.index);
        expect(refs.length, where).toBeGreaterThan(0);
        if (target.anchor !== undefined) {
          anchored++;
          const page = site.page(target.file);
          const heading = page.getElementById(target.anchor);
          expect(heading, where).not.toBeNull();
          // A link to the element lies between the heading and the next heading of the same or a higher level.
          const level = Number(heading?.tagName.slice(1) ?? 2);
          const start = html.indexOf(`id="${target.anchor}"`);
          const next = html.slice(start).search(new RegExp(`<h[2-${level}][ >]`));
          const end = next < 0 ? html.length : start + next;
          expect(
            refs.some((i) => i > start && i < end),
            where,
          ).toBe(true);
        }
        // The sentence: one mark, the words of a link to the element on the target page; the rest printed there too.
        const marks = li.querySelectorAll(".ctx mark");
        expect(marks.length, where).toBe(1);
        const linked = site
          .page(target.file)
          .querySelectorAll(`a[data-ref][href="${BASE}${prefix}elements/${id}/"]`)
          .map((a) => norm(text(a)));
        expect(linked, where).toContain(norm(text(marks[0])));
        const page = norm(text(site.page(target.file).querySelector("main")));
        for (const part of text(li.querySelector(".ctx"))
          .split(prefix === "" ? "…" : /…|“[^”]*”/)
          .map(norm)
          .filter((p) => p !== ""))
          expect(page, `${where}: ${part}`).toContain(part);
      }
    expect(anchored).toBeGreaterThan(20);
  });
});
