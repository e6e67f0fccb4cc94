import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AST as risAst, parse as parseRis } from "astrocite-ris";
import { NodeType, type HTMLElement, type Node } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { latinRuns, hanRuns } from "../../src/lib/lang-runs.ts";
import { readEntries } from "../helpers/content.ts";
import { DIST, openSite } from "../helpers/dist.ts";
import { zoteroItem } from "../helpers/zotero.ts";

// The built site as the clients scholars and hosts use read it: Zotero's Embedded Metadata rules, an independent
// RIS parser (astrocite-ris), pandoc's BibTeX reader, and the W3C Nu Html Checker. Each file is compared with the
// unit's CSL-JSON download, the site's own statement of what the record is.

const site = openSite(DIST, "/");
const SITE_NAME = "新型举国体制比较知识库";
/** The site's name as each edition gives it (the English edition's pages are at en/). */
const siteNameOf = (file: string): string => (file.startsWith("en/") ? "A Comparative Knowledge Base on the New Whole-Nation System" : SITE_NAME);
const CITE = join(DIST, "cite");
const ids = readdirSync(CITE)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.replace(/\.json$/, ""))
  .sort();

type Name = { family?: string; given?: string; literal?: string; "dropping-particle"?: string; "non-dropping-particle"?: string };
interface Csl {
  id: string;
  type: string;
  title?: string;
  author?: Name[];
  issued?: { "date-parts": (number | string)[][] };
  "container-title"?: string;
  URL?: string;
  language?: string;
}
const cslOf = (id: string): Csl[] => JSON.parse(readFileSync(join(CITE, `${id}.json`), "utf8")) as Csl[];
const dateOf = (d: Csl["issued"]) => (d?.["date-parts"][0] ?? []).filter((p) => p !== "").map(Number);
const family = (n: Name) => [n["dropping-particle"], n["non-dropping-particle"], n.family].filter((p) => p !== undefined).join(" ");

describe("Zotero (Embedded Metadata translator rules)", () => {
  const meta = (file: string, key: string) => site.page(file).querySelector(`meta[name="${key}"]`)?.getAttribute("content");
  const paperB = ["paper-b/index.html", ...readEntries("sections/paper-b").map((s) => `paper-b/${s.id}/index.html`)].flatMap((f) => [f, `en/${f}`]);
  it.each(paperB)("%s comes in as Paper B, a journal article by 张正清 and 王娜 with their names split", (file) => {
    const item = zoteroItem(site.page(file));
    expect(item).toMatchObject({
      itemType: "journalArticle",
      title: "构建以技术社会实验为导向的新型举国体制",
      publicationTitle: "云南社会科学",
      issue: "4",
      language: "zh-CN",
    });
    expect(item.creators).toEqual([
      { lastName: "张", firstName: "正清" },
      { lastName: "王", firstName: "娜" },
    ]);
    expect(item.date).toMatch(/^\d{4}$/);
    // The site's licence is the site's, not the paper's.
    expect(item.rights).toBeUndefined();
  });
  const sitePages = site.htmlFiles().filter((f) => !paperB.includes(f) && meta(f, "DC.title") !== undefined);
  it("tells the site's pages apart from the paper's", () => expect(sitePages.length).toBeGreaterThan(100));
  it.each(sitePages)("%s comes in as a web page of the site, by the site", (file) => {
    const item = zoteroItem(site.page(file));
    expect(item).toMatchObject({
      itemType: "webpage",
      websiteTitle: siteNameOf(file),
      title: meta(file, "DC.title"),
      rights: "https://creativecommons.org/licenses/by/4.0/",
    });
    // The English edition's name has spaces, which Zotero would split into a person's names: it is the website's title only.
    expect(item.creators).toEqual(file.startsWith("en/") ? [] : [{ lastName: SITE_NAME, fieldMode: 1 }]);
    // A unit's page has its update date; pages that are no unit's (lists, cite pages) have none to give.
    expect(item.date).toBe(meta(file, "DC.date"));
  });
  it("dates every unit's page (DC.date), e.g. a concept page", () => {
    expect(zoteroItem(site.page("concepts/juguo-tizhi/")).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("descriptions (Zotero's abstract, search snippets)", () => {
  const sections = [...readEntries("sections/paper-a"), ...readEntries("sections/paper-b")];
  const byId = new Map(sections.map((s) => [s.id, s]));
  it.each(sections.map((s) => [s.id, s] as const))("the description of %s names the section with its whole number trail", (id, section) => {
    const paper = String(section.data["paper"]);
    const description = site.page(`${paper}/${id}/`).querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    const numbers: string[] = [];
    for (let s = byId.get(id); s !== undefined; s = byId.get(String(s.data["parent"]))) numbers.unshift(String(s.data["number"]));
    let at = 0;
    for (const n of numbers.filter((n) => /[一二三四五六七八九十\d]/.test(n))) {
      const i = description.indexOf(n, at);
      expect(i, `"${n}" of ${numbers.join("")} in "${description}"`).toBeGreaterThanOrEqual(0);
      at = i + n.length;
    }
    expect(description).toContain(String(section.data["titleZh"]));
    expect(description).toBe(site.page(`${paper}/${id}/`).querySelector('meta[name="DC.title"]')?.getAttribute("content"));
  });
});

describe("RIS, read by an independent parser (astrocite-ris)", () => {
  it.each(ids)("cite/%s.ris: one line per field, and the same records as the CSL-JSON", (id) => {
    const text = readFileSync(join(CITE, `${id}.ris`), "utf8");
    for (const line of text.split("\n")) expect(line, `line "${line}" of ${id}.ris`).toMatch(/^$|^[A-Z][A-Z0-9] {2}- \S.*$|^ER {2}- $/);
    const csl = cslOf(id);
    const parsed = parseRis(text) as unknown as Csl[];
    const ast = risAst.parse(text).children;
    expect(parsed).toHaveLength(csl.length);
    csl.forEach((want, i) => {
      const got = parsed[i];
      const props = ast[i]?.properties ?? [];
      const values = (key: string) => props.filter((p) => p.key === key).map((p) => p.value);
      expect(values("ID")).toEqual([want.id]);
      expect(got?.type).toBe(want.type);
      expect(got?.title).toBe(want.title);
      // Authors: people split into family and given; an institution kept whole.
      expect(values("AU")).toHaveLength(want.author?.length ?? 0);
      (want.author ?? []).forEach((a, j) => {
        if (a.literal !== undefined) expect(values("AU")[j]).toBe(a.literal);
        else expect({ family: family(got?.author?.[j] ?? {}), given: got?.author?.[j]?.given }).toEqual({ family: a.family, given: a.given });
      });
      expect(values("PY")).toEqual([String(dateOf(want.issued)[0])]);
      expect(dateOf(got?.issued)).toEqual(dateOf(want.issued));
      expect(values("UR")).toEqual(want.URL === undefined ? [] : [want.URL]);
      expect(values("LA")).toEqual([want.language]);
    });
  });
});

describe("BibTeX, read by pandoc (-f biblatex, as citeproc sees it)", () => {
  // One pandoc run for every file: each entry's key is prefixed with its file's id.
  const bib = ids.map((id) => readFileSync(join(CITE, `${id}.bib`), "utf8").replace(/^@(\w+)\{([^,]+),/gm, `@$1{${id}::$2,`)).join("\n");
  const read = JSON.parse(execFileSync("pandoc", ["-f", "biblatex", "-t", "csljson"], { input: bib, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })) as Csl[];
  const byKey = new Map(read.map((e) => [e.id, e]));
  it.each(ids)("cite/%s.bib: type, authors split, full date, URL once, language, as in the CSL-JSON", (id) => {
    const text = readFileSync(join(CITE, `${id}.bib`), "utf8");
    expect(text).not.toMatch(/howpublished|@misc/);
    for (const want of cslOf(id)) {
      const got = byKey.get(`${id}::${want.id}`);
      expect(got, `${want.id} in ${id}.bib`).toBeDefined();
      expect(got?.type).toBe(want.type);
      // pandoc prints a straight apostrophe as a typographic one.
      expect(got?.title?.replace(/’/g, "'")).toBe(want.title);
      expect(got?.["container-title"]).toBe(want.type === "webpage" ? undefined : want["container-title"]);
      expect((got?.author ?? []).map((a) => (a.literal !== undefined ? { literal: a.literal } : { family: family(a), given: a.given }))).toEqual(want.author);
      expect(dateOf(got?.issued)).toEqual(dateOf(want.issued));
      expect(got?.URL).toBe(want.URL);
      if (want.URL !== undefined) expect(JSON.stringify(got).split(want.URL).length - 1, "the URL once").toBe(1);
      expect(got?.language?.toLowerCase()).toBe(want.language?.toLowerCase());
    }
  });
  it("reads the thesis bib-li-y-2017 as a thesis with its school", () => {
    expect(readFileSync(join(CITE, "bib-li-y-2017.bib"), "utf8")).toMatch(/^@phdthesis\{bib-li-y-2017,[\s\S]*\tschool = \{Georgia Institute of Technology\},/m);
    expect(byKey.get("bib-li-y-2017::bib-li-y-2017")).toMatchObject({ type: "thesis", publisher: "Georgia Institute of Technology" });
  });
});

describe("the W3C Nu Html Checker (vnu) over every page of dist/", () => {
  const require = createRequire(import.meta.url);
  const jar = String(require("vnu-jar"));
  let report: { messages: { type: string; subType?: string; url: string; message: string; lastLine?: number }[] } = { messages: [] };
  try {
    execFileSync("java", ["-jar", jar, "--format", "json", "--skip-non-html", DIST], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    // vnu exits 1 when it reports errors; its JSON report is on stderr.
    const stderr = (error as { stderr?: string }).stderr ?? "";
    if (!stderr.trimStart().startsWith("{")) throw error;
    report = JSON.parse(stderr) as typeof report;
  }
  const where = (m: (typeof report.messages)[number]) => `${m.url.replace(/^.*\/dist\//, "")}:${m.lastLine ?? "?"} ${m.message}`;
  it("reports no error", () => {
    expect(report.messages.filter((m) => m.type === "error" || m.subType === "fatal").map(where)).toEqual([]);
  });
  it("finds no page written in another language than its lang says", () => {
    expect(report.messages.filter((m) => /appears to be written in/.test(m.message)).map(where)).toEqual([]);
  });
});

describe("English inside Chinese text", () => {
  // Every run of two or more Latin words in zh-CN text sits in an element with lang="en".
  const unmarked = (doc: HTMLElement): string[] => {
    const found: string[] = [];
    const visit = (node: Node, lang: string, skip: boolean): void => {
      if (node.nodeType === NodeType.TEXT_NODE) {
        // Chinese pages: English runs need lang="en"; English pages: Chinese runs need lang="zh-CN".
        const runs = lang === "zh-CN" ? latinRuns(node.text) : lang === "en" ? hanRuns(node.text) : [];
        if (!skip) found.push(...runs.filter((r) => r.en).map((r) => r.text));
        return;
      }
      const el = node as HTMLElement;
      const tag = el.tagName?.toLowerCase() ?? "";
      const inner = el.getAttribute?.("lang") ?? lang;
      for (const child of el.childNodes)
        visit(child, inner, skip || ["script", "style", "svg", "code", "pre", "kbd", "title", "option", "textarea", "template", "noscript"].includes(tag));
    };
    const body = doc.querySelector("body");
    if (body !== null) visit(body, doc.querySelector("html")?.getAttribute("lang") ?? "", false);
    return found;
  };
  it.each(site.htmlFiles())("%s marks its runs in the other language (English on Chinese pages, Chinese on English ones)", (file) => {
    expect(unmarked(site.page(file))).toEqual([]);
  });
  it("marks the English titles on the cite page of an English work", () => {
    const spans = site
      .page("cite/bib-warrol-2015/")
      .querySelectorAll('[lang="en"]')
      .map((s) => s.text);
    expect(spans.some((t) => t.includes("Manufacturing Research, Innovation, and PhD Education on a National Level"))).toBe(true);
    expect(spans).toContain("Warrol et al. 2015");
  });
});
