import { describe, expect, it, vi } from "vitest";
import { FIXTURES } from "../fixtures.ts";

vi.mock("astro:content", async () => (await import("../test-utils.ts")).mockedAstroContent(FIXTURES));

const { getStageView } = await import("../../../../src/data/views/stage.ts");

describe("getStageView", () => {
  it("links the stages before and after, none beyond the ends", async () => {
    const first = await getStageView("stage-traditional");
    expect(first.prev).toBeUndefined();
    expect(first.next).toEqual({ label: "举国体制转型过渡阶段", href: "/stages/stage-transition/" });
    const middle = await getStageView("stage-transition");
    expect(middle.prev).toEqual({ label: "传统举国体制形成阶段", href: "/stages/stage-traditional/" });
    expect(middle.next).toEqual({ label: "新型举国体制建构阶段", href: "/stages/stage-new/" });
    expect((await getStageView("stage-new")).next).toBeUndefined();
  });

  it("shows the stage's column of 表1 with the other stages' cells where the row changes", async () => {
    expect((await getStageView("stage-new")).column).toEqual([
      {
        id: "dim-goal",
        label: "目标定位",
        href: "/table-1/#dim-goal",
        constant: false,
        cell: "引领",
        others: [
          { label: "传统举国体制形成阶段", href: "/stages/stage-traditional/#dim-goal", cell: "赶超" },
          { label: "举国体制转型过渡阶段", href: "/stages/stage-transition/#dim-goal", cell: "追赶" },
        ],
      },
    ]);
  });

  it("ends its table of contents with the 表1 column and files itself under Paper A", async () => {
    const { page, eyebrow } = await getStageView("stage-new");
    expect(page.toc.at(-1)).toEqual({ id: "table-1-column", label: "本阶段在表1中的一列", depth: 2 });
    expect(page.crumbs).toEqual([{ label: "首页", href: "/" }, { label: "三个阶段", href: "/stages/" }, { label: "新型举国体制建构阶段" }]);
    expect(page.description).toBe("新型举国体制建构阶段（2015年至今）：新型举国体制建构阶段的任务");
    expect(page.papers).toEqual(["paper-a"]);
    expect(eyebrow).toBe("论文A · 2015年至今");
  });
});
