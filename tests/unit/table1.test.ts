import { describe, expect, it } from "vitest";
import { buildTableRows, groupRows } from "../../src/lib/table1.ts";

const STAGES = ["s1", "s2", "s3"];
const dim = (id: string, order: number, group: string, cells: string[]) => ({
  id,
  order,
  titleZh: id,
  titleEn: id,
  group,
  cells: Object.fromEntries(cells.map((quote, i) => [STAGES[i] ?? "", { quote }])),
});

describe("buildTableRows", () => {
  it("orders rows as printed and cells by stage, marking constant rows", () => {
    const rows = buildTableRows([dim("b", 2, "g", ["x", "x", "x"]), dim("a", 1, "g", ["p", "q", "r"])], STAGES);
    expect(rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(rows[0]?.cells).toEqual(["p", "q", "r"]);
    expect(rows.map((r) => r.constant)).toEqual([false, true]);
  });
  it("treats a row that changes in one stage only as changing", () => {
    expect(buildTableRows([dim("a", 1, "g", ["x", "x", "y"])], STAGES)[0]?.constant).toBe(false);
  });
  it("fails naming the missing cell", () => {
    expect(() => buildTableRows([dim("a", 1, "g", ["x", "x"])], STAGES)).toThrow('表1 row "a": field "cells.s3" is missing');
  });
});

describe("groupRows", () => {
  it("groups consecutive rows by label for rowspans", () => {
    const rows = buildTableRows([dim("a", 1, "时代特征", ["1", "2", "3"]), dim("b", 2, "时代特征", ["1", "1", "1"]), dim("c", 3, "运行模式", ["1", "2", "3"])], STAGES);
    expect(groupRows(rows).map((g) => [g.group, g.rows.length])).toEqual([["时代特征", 2], ["运行模式", 1]]);
  });
});
