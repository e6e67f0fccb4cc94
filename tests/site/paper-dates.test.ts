import { describe, expect, it } from "vitest";
import { htmlFiles, page, text } from "../helpers/dist.ts";

// Paper A is known only from a reprint (复印报刊资料《中国政治》2022年第2期): its original year and issue are unknown,
// and no page may date it to 2022 as if that were its publication.
const jsonLdOf = (file: string): Record<string, unknown>[] =>
  page(file)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);

describe("Paper A's date", () => {
  it("the paper page shows the original year and issue as unknown, and the reprint as the reprint", () => {
    const meta = page("paper-a/index.html").querySelector(".paper-meta");
    const terms = meta?.querySelectorAll("dt").map((dt) => text(dt)) ?? [];
    const issueIndex = terms.indexOf("原发年期");
    expect(issueIndex).toBeGreaterThanOrEqual(0);
    const issue = meta?.querySelectorAll("dd")[issueIndex];
    expect(issue?.querySelector(".unknown")).not.toBeNull();
    // Tagged 未知, with the reason (the text gives only the reprint's year and issue), never "未知：…不详".
    expect(text(issue)).toMatch(/^未知：?所据文本只有转载本的年份与期次/);
    expect(text(issue)).not.toMatch(/^2022年/);
    const reprint = meta?.querySelectorAll("dd")[terms.indexOf("转载")];
    expect(text(reprint)).toContain("复印报刊资料《中国政治》 2022年第2期");
  });
  it("Paper B's page still gives its year and issue", () => {
    const meta = page("paper-b/index.html").querySelector(".paper-meta");
    const terms = meta?.querySelectorAll("dt").map((dt) => text(dt)) ?? [];
    expect(text(meta?.querySelectorAll("dd")[terms.indexOf("原发年期")])).toBe("2022年第4期");
  });
  it("the home page does not say both papers were published in 2022, and says Paper A's year is unknown", () => {
    const main = text(page("index.html").querySelector("main"));
    expect(main).not.toMatch(/两篇\s*2022\s*年/);
    expect(main).toMatch(/论文A[^。]*(原发|发表)[^。]*(不详|未知)/);
    const description = page("index.html").querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    expect(description).not.toMatch(/两篇\s*2022\s*年/);
  });
  const paperAPages = htmlFiles().filter((f) => f.startsWith("paper-a/"));
  it.each(paperAPages)("%s: its JSON-LD gives Paper A no publication date", (file) => {
    for (const ld of jsonLdOf(file)) {
      const about = ld["about"] as Record<string, unknown> | undefined;
      if (about === undefined) continue;
      expect(about).not.toHaveProperty("datePublished");
      // The paper's page describes it in full; its other pages refer to that description by its @id.
      if (file === "paper-a/index.html") expect(about["publication"]).toMatchObject({ startDate: "2022" });
      else expect(Object.keys(about).sort()).toEqual(["@id", "@type"]);
      expect(about["@id"]).toMatch(/\/paper-a\/#article$/);
    }
  });
});
