import { describe, expect, it } from "vitest";
import { sectionReference, sourceLine } from "../../../src/lib/cite/source-line.ts";
import { DIMENSION, PAPER_A, PAPER_B, B_3_2_1 } from "./fixtures.ts";

describe("sectionReference", () => {
  it.each([
    [B_3_2_1.locator?.trail ?? [], "第三节（二）1"],
    [DIMENSION.locator?.trail ?? [], "第二节(四)"],
    [[], ""],
  ])("%j → %s", (trail, expected) => {
    expect(sectionReference(trail)).toBe(expected);
  });
});

describe("sourceLine", () => {
  it("gives a paper known in full by its authors, title, journal and issue", () => {
    expect(sourceLine(PAPER_B, B_3_2_1.locator?.trail ?? [])).toBe(
      "张正清、王娜《构建以技术社会实验为导向的新型举国体制》，《云南社会科学》2022年第4期，第三节（二）1",
    );
  });
  it("says what is unknown of a paper known only from a reprint, and names the reprint", () => {
    expect(sourceLine(PAPER_A, DIMENSION.locator?.trail ?? [], "表1")).toBe(
      "论文A（题名与作者未知），复印报刊资料《中国政治》2022年第2期转载，第二节(四)，表1",
    );
  });
});
