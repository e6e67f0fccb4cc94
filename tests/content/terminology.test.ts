import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { registryProblems, terminologyProblems } from "../../src/lib/terminology.ts";
import { ROOT } from "../helpers/project.ts";
import { readTerminology } from "../helpers/terminology.ts";

// One English terminology over the real content: each registered term (concepts and content/terms/) has one
// canonical English, every English title uses it, and a rendering marked as Paper B's is in Paper B.
const { terms, units } = readTerminology(ROOT);
const PAPER_B = join(ROOT, "../shared/sources/paper-b.txt");
const available = existsSync(PAPER_B);
// Paper B's English as printed: case, line breaks and hyphen/dash differences aside.
const flat = (text: string) => text.toLowerCase().replace(/[‐-―-]/g, "-").replace(/\s+/g, " ").trim();

describe("one English terminology", () => {
  it("registers the terms a scholar looks for", () => {
    const en = new Map(terms.map((t) => [t.zh, t.en]));
    expect(en.get("新型举国体制")).toBe("New whole-nation system");
    expect(en.get("集中力量办大事")).toBe("Concentrating resources to accomplish major undertakings");
    expect(en.get("党中央")).toBe("the Party Centre");
    expect(en.get("整体性")).toBe("wholeness");
    expect(terms.find((t) => t.zh === "学")?.en).toBe("university");
    expect(terms.length).toBeGreaterThanOrEqual(80);
  });
  it("stores each term once", () => {
    expect(registryProblems(terms)).toEqual([]);
  });
  it("reads every unit's titles", () => {
    expect(units.length).toBeGreaterThanOrEqual(150);
  });
  it("renders every registered term in every English title with its canonical English", () => {
    expect(terminologyProblems(units, terms)).toEqual([]);
  });
  it("gives a term whose English departs from Paper B's own rendering that rendering beside it", () => {
    const departures = new Map(terms.filter((t) => t.paperEn !== undefined).map((t) => [t.zh, t.paperEn?.quote]));
    expect(Object.fromEntries(departures)).toMatchObject({ 新型举国体制: "new national system", 传统举国体制: "traditional national system", 整体性: "integrity" });
  });
  describe.skipIf(!available && process.env["CI"] !== "true")("against Paper B's English", () => {
    const paper = available ? flat(readFileSync(PAPER_B, "utf8")) : "";
    it.each(terms.filter((t) => t.source === "paper").map((t) => [t.zh, t.en]))("%s: “%s”, marked as Paper B's, is Paper B's", (_, en) => {
      expect(paper).toContain(flat(en.replace(/\s*\([^)]*\)/g, "")));
    });
    it.each(terms.filter((t) => t.paperEn !== undefined).map((t) => [t.zh, t.paperEn?.quote ?? ""]))("%s: Paper B's rendering “%s” is verbatim", (_, quote) => {
      expect(flat(readFileSync(PAPER_B, "utf8").replace(/\s+/g, " "))).toContain(flat(quote));
      expect(readFileSync(PAPER_B, "utf8").replace(/\s+/g, " ")).toContain(quote);
    });
  });
});
