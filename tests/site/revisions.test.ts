// Revision history and editions (issue #15): first-published and last-substantive-change dates from the repository's
// history on every unit page, the changelog page, and the edition named on every page and in every site citation.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { isMinorDay, type ChangeEntry } from "../../src/lib/changelog.ts";
import { BASE, DIST, openSite, text } from "../helpers/dist.ts";
import { ROOT } from "../helpers/project.ts";

const site = openSite(DIST, BASE);
const changelog = parseYaml(readFileSync(join(ROOT, "content/changelog.yaml"), "utf8")) as {
  editions: { id: string; date: string }[];
  entries: (Omit<ChangeEntry, "units"> & { units?: string[] })[];
};
const entries: ChangeEntry[] = changelog.entries.map((e) => ({ ...e, units: e.units ?? [] }));
const current = [...changelog.editions].sort((a, b) => (a.date < b.date ? 1 : -1))[0]?.id ?? "";
const git = (args: string[]) => {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return undefined;
  }
};
const fullHistory = git(["rev-parse", "--is-shallow-repository"])?.trim() === "false";
const EDITIONS = [
  { name: "Chinese", prefix: "", updated: "最近实质修订", first: "首次发布" },
  { name: "English", prefix: "en/", updated: "Last substantive change", first: "First published" },
];

describe.each(EDITIONS)("$name edition", ({ prefix, updated, first }) => {
  const unitPages = site
    .htmlFiles()
    .filter((f) => (prefix === "" ? !f.startsWith("en/") : f.startsWith(prefix)))
    .filter((f) => /^(en\/)?(paper-a|paper-b|concepts|elements|stages|compare)\/[a-z0-9-]+\/index\.html$/.test(f) || /^(en\/)?paper-[ab]\/index\.html$/.test(f))
    .filter((f) => !f.includes("/matrix/") && !f.includes("/crosswalk/") && !f.includes("/booklet/"));

  it("names the current edition in every page's footer, linked to the changelog", () => {
    const files = site.htmlFiles().filter((f) => (prefix === "" ? !f.startsWith("en/") : f.startsWith(prefix)) && !/^(en\/)?cite\//.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const link = site.page(file).querySelector(".site-footer__edition a");
      expect(text(link), file).toContain(current);
      expect(link?.getAttribute("href"), file).toBe(`${BASE}${prefix}changelog/`);
    }
  });

  it.skipIf(!fullHistory)("shows on every unit page when it was first published and last changed, from the history", () => {
    expect(unitPages.length).toBeGreaterThan(80);
    for (const file of unitPages) {
      const bar = site.page(file).querySelector(".cite-bar__updated");
      expect(text(bar), file).toContain(updated);
      expect(text(bar), file).toContain(first);
      const [last, firstDate] = (bar?.querySelectorAll("time") ?? []).map((t) => t.getAttribute("datetime") ?? "");
      expect(firstDate, file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((last ?? "") >= (firstDate ?? ""), file).toBe(true);
    }
  });

  it.skipIf(!fullHistory)("takes the dates from git log (first commit; newest commit the changelog does not mark minor)", () => {
    const cases = [
      { file: "content/papers/paper-b.mdx", page: "paper-b/index.html", unit: "paper-b" },
      { file: "content/concepts/juguo-tizhi.mdx", page: "concepts/juguo-tizhi/index.html", unit: "juguo-tizhi" },
      { file: "content/sections/paper-a/a-3-1.mdx", page: "paper-a/a-3-1/index.html", unit: "a-3-1" },
    ];
    for (const c of cases) {
      const files = prefix === "" ? [c.file] : [c.file, c.file.replace("content/", "content/en/")];
      const days = files.map((f) => (git(["log", "--format=%cs", "--", f]) ?? "").trim().split("\n").filter(Boolean));
      const firstDay = days.map((d) => d.at(-1) ?? "").reduce((a, b) => (b > a ? b : a));
      const all = [...new Set(days.flat())]
        .filter((d) => d >= firstDay)
        .sort()
        .reverse();
      const lastDay = all.find((d) => d === firstDay || !isMinorDay(entries, c.unit, d));
      const times = site
        .page(`${prefix}${c.page}`)
        .querySelectorAll(".cite-bar__updated time")
        .map((t) => t.getAttribute("datetime"));
      expect(times, c.page).toEqual([lastDay, firstDay]);
    }
  });

  describe("the changelog page", () => {
    const page = site.page(`${prefix}changelog/index.html`);
    const main = page.querySelector("main");
    it("lists its revisions by day, newest first, and every edition, the current one marked", () => {
      const days = (main?.querySelectorAll(".day h3 time") ?? []).map((t) => t.getAttribute("datetime") ?? "");
      expect(days.length).toBeGreaterThanOrEqual(2);
      expect(days).toEqual([...days].sort().reverse());
      expect(new Set(days).size).toBe(days.length);
      expect(main?.querySelectorAll(".changes > li").length).toBe(changelog.entries.length);
      for (const e of changelog.editions) expect(page.getElementById(`edition-${e.id}`), e.id).not.toBeNull();
      expect(text(page.getElementById(`edition-${current}`))).toMatch(/当前版本|current edition/);
    });
    it("links every unit it names, and every link resolves", () => {
      const links = main?.querySelectorAll(".changes a") ?? [];
      expect(links.length).toBeGreaterThan(20);
      expect(site.brokenLinks(`${prefix}changelog/index.html`)).toEqual([]);
    });
  });

  it("names the edition in every citation of a site page: GB/T 7714, APA, Chicago, BibTeX and RIS", () => {
    const ids = readdirSync(join(DIST, prefix, "cite")).filter((f) => f.endsWith(".bib"));
    expect(ids.length).toBeGreaterThan(100);
    const suffix = prefix === "" ? `（${current}版）` : ` (edition ${current})`;
    for (const bibFile of ids) {
      const id = bibFile.replace(/\.bib$/, "");
      const sets = site.page(`${prefix}cite/${id}/index.html`).querySelectorAll(".cite-set");
      const own =
        sets
          .at(-1)
          ?.querySelectorAll("[data-cite-text]")
          .map((p) => text(p)) ?? [];
      expect(own, id).toHaveLength(3);
      for (const citation of own) expect(citation, id).toContain(suffix);
      const bib = readFileSync(join(DIST, prefix, "cite", bibFile), "utf8");
      const online = bib.slice(bib.indexOf("@online"));
      expect(online, id).toContain(`version = {${current}}`);
      expect(online, id).toContain(suffix.replace(/^ /, " "));
      const ris = readFileSync(join(DIST, prefix, "cite", `${id}.ris`), "utf8");
      const elec = ris.slice(ris.indexOf("TY  - ELEC"));
      expect(elec, id).toContain(`ET  - ${current}`);
      expect(elec.match(/^TI {2}- (.*)$/m)?.[1], id).toContain(suffix);
      // A citation of the paper itself is not a site page: it names no edition.
      if (sets.length > 1) for (const p of sets[0]?.querySelectorAll("[data-cite-text]") ?? []) expect(text(p), id).not.toContain(suffix);
    }
  });
});
