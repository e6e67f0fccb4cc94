import { describe, expect, it } from "vitest";
import { formatSectionNumber } from "../../src/lib/sections.ts";

describe("formatSectionNumber", () => {
  it.each([
    ["二", "二、"],
    ["十", "十、"],
    ["(一)", "(一)"],
    ["（一）", "（一）"],
    ["1.", "1. "],
    ["摘要", "摘要"],
  ])("%s → %j", (n, expected) => {
    expect(formatSectionNumber(n)).toBe(expected);
  });
});
