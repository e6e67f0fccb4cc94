// Backlinks in context (issue #15): each concept page's "mentioned in" list, grouped by paper, gives for each mention
// the sentence around it with the term marked, and links to the exact place (a heading or unit anchor) on the page.
import { describe, expect, it } from "vitest";
import { BASE, DIST, openSite, text } from "../helpers/dist.ts";

const site = openSite(DIST, BASE);
// Compared without white space, quotation marks and brackets, and without the citation marks the page adds (〔…〕 in
// Chinese, […] in English).
const norm = (s: string) =>
  s
    .replace(/〔[^〕]*〕|\[[^\]]*\]/g, "")
    .replace(/[\s“”‘’"'「」（）()]/g, "")
    .toLowerCase();

describe.each([
  { name: "Chinese", prefix: "", groups: ["论文A", "论文B", "本站比较与综合"], share: 0.6 },
  // English prose names a concept in more ways than its English title and forms, so fewer mentions show their sentence.
  { name: "English", prefix: "en/", groups: ["Paper A", "Paper B", "Comparisons and site-wide pages"], share: 0.58 },
])("$name edition", ({ prefix, groups, share }) => {
  const pages = site.htmlFiles().filter((f) => new RegExp(`^${prefix}concepts/[a-z0-9-]+/index\\.html$`).test(f));
  const mentions = pages.flatMap((file) => (site.page(file).querySelectorAll(".mentions > li") ?? []).map((li) => ({ file, li })));

  it("groups each concept's mentions by paper, in order, folding long groups", () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const file of pages) {
      const labels = site
        .page(file)
        .querySelectorAll(".mention-group > h3")
        .map((h) => text(h));
      expect(
        labels.every((l) => groups.includes(l)),
        file,
      ).toBe(true);
      expect(labels, file).toEqual(groups.filter((g) => labels.includes(g)));
    }
    const big = site.page(`${prefix}concepts/xinxing-juguo-tizhi/index.html`);
    expect(big.querySelectorAll(".mention-group details .mentions > li").length).toBeGreaterThan(20);
    for (const group of big.querySelectorAll(".mention-group")) expect(group.querySelectorAll(":scope > .mentions > li").length).toBeLessThanOrEqual(6);
  });

  it("shows most mentions in their sentence, the term marked, and the sentence is on the page it links to", () => {
    const withContext = mentions.filter(({ li }) => li.querySelector(".ctx") !== null);
    expect(withContext.length / mentions.length).toBeGreaterThan(share);
    const missing: string[] = [];
    for (const { file, li } of withContext) {
      const marks = li.querySelectorAll(".ctx mark");
      expect(marks.length, file).toBe(1);
      expect(text(marks[0]).length, file).toBeGreaterThan(0);
      const target = site.targetOf(li.querySelector("a")?.getAttribute("href") ?? "");
      if (target === null) continue;
      // An English page follows a Chinese quotation with the site's translation: each part between quotations is checked.
      const parts = text(li.querySelector(".ctx"))
        .split(prefix === "" ? "…" : /…|“[^”]*”/)
        .map(norm)
        .filter((p) => p !== "");
      const page = norm(text(site.page(target.file).querySelector("main")));
      if (!parts.every((p) => page.includes(p))) missing.push(`${file}: "${text(li.querySelector(".ctx"))}" not on ${target.file}`);
    }
    // English: a context cut inside a quotation, or a debate list printed with its names set apart, may not match as
    // one run (6 of some 320); the Chinese must match every time.
    if (prefix === "") expect(missing).toEqual([]);
    else expect(missing.length, missing.join("\n")).toBeLessThanOrEqual(withContext.length / 40);
  });

  it("links each mention to an anchor that exists on the target page, the section of the mention where it has one", () => {
    const anchored = mentions.filter(({ li }) => (li.querySelector("a")?.getAttribute("href") ?? "").includes("#"));
    expect(anchored.length).toBeGreaterThan(20);
    for (const { file, li } of mentions) {
      const href = li.querySelector("a")?.getAttribute("href") ?? "";
      const target = site.targetOf(href);
      expect(target, `${file}: ${href}`).not.toBeNull();
      if (target === null) continue;
      expect(site.exists(target.file), `${file}: ${href}`).toBe(true);
      if (target.anchor !== undefined) expect(site.page(target.file).getElementById(target.anchor), `${file}: ${href}`).not.toBeNull();
    }
  });
});

describe("both editions list the same mentions", () => {
  // Which units mention a concept or an element is decided once, from the Chinese originals; only the sentences differ.
  const kinds = ["concepts", "elements"];
  const listed = (file: string) =>
    site
      .page(file)
      .querySelectorAll(".mentions > li > a:first-child")
      .map((a) => (a.getAttribute("href") ?? "").replace(/^\/en\//, "/").replace(/#.*$/, ""));
  const files = site.htmlFiles().filter((f) => kinds.some((k) => new RegExp(`^${k}/[a-z0-9-]+/index\\.html$`).test(f)));
  it.each(files)("%s lists the same units as its English page", (file) => {
    const zh = listed(file);
    expect(listed(`en/${file}`)).toEqual(zh);
  });
  it("the lists are not empty", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.reduce((n, f) => n + listed(f).length, 0)).toBeGreaterThan(1200);
  });
});
