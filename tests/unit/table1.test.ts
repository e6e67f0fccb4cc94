import { describe, expect, it } from "vitest";
import { buildTableRows, columnPairs, groupRows, selectColumns, stageColumnRows } from "../../src/lib/table1.ts";

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
    const rows = buildTableRows(
      [dim("a", 1, "时代特征", ["1", "2", "3"]), dim("b", 2, "时代特征", ["1", "1", "1"]), dim("c", 3, "运行模式", ["1", "2", "3"])],
      STAGES,
    );
    expect(groupRows(rows).map((g) => [g.group, g.rows.length])).toEqual([
      ["时代特征", 2],
      ["运行模式", 1],
    ]);
  });
});

describe("stageColumnRows", () => {
  const rows = buildTableRows([dim("a", 1, "g", ["p", "q", "r"]), dim("b", 2, "g", ["x", "x", "x"])], STAGES);
  const stages = STAGES.map((id) => ({ id, heading: `列${id}`, href: `/stages/${id}/`, title: `阶段${id}` }));
  it("gives a stage its own cell and, where the row changes, the other stages' cells linked to their rows", () => {
    expect(stageColumnRows(rows, stages, "s2", (id) => `/table-1/#${id}`)).toEqual([
      {
        id: "a",
        label: "a",
        href: "/table-1/#a",
        constant: false,
        cell: "q",
        others: [
          { label: "阶段s1", href: "/stages/s1/#a", cell: "p" },
          { label: "阶段s3", href: "/stages/s3/#a", cell: "r" },
        ],
      },
      { id: "b", label: "b", href: "/table-1/#b", constant: true, cell: "x", others: [] },
    ]);
  });
  it("fails for a stage the table has no column for", () => {
    expect(() => stageColumnRows(rows, stages, "s9", (id) => id)).toThrow(/s9/);
  });
});

describe("selectColumns and columnPairs", () => {
  const rows = buildTableRows([dim("a", 1, "g", ["p", "p", "r"])], STAGES);
  it("pairs every two columns in reading order", () => {
    expect(columnPairs(3)).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });
  it("keeps two columns, marking a row constant when the kept cells agree", () => {
    expect(selectColumns(rows, [0, 1])[0]).toMatchObject({ cells: ["p", "p"], constant: true });
    expect(selectColumns(rows, [0, 2])[0]).toMatchObject({ cells: ["p", "r"], constant: false });
  });
});
