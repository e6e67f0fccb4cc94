import { describe, expect, it } from "vitest";
import { BASE } from "../helpers/dist.ts";
import { search } from "../helpers/pagefind.ts";

// Unspaced Chinese terms, segmented as the UI segments them, must find the pages that contain them.
describe("Chinese search over the built index", () => {
  it.each([
    ["举国体制", "table-1/"],
    ["关键核心技术", "table-1/"],
    ["关键核心技术攻关", "stages/stage-new/"],
    ["社会主义市场经济", "table-1/"],
    ["计划手段配置", "table-1/"],
    ["政产学研用", "table-1/"],
    ["转型过渡阶段", "stages/stage-transition/"],
    ["传统举国体制形成阶段", "stages/stage-traditional/"],
  ])("%s finds %s in the top 10", async (query, path) => {
    const hits = await search(query);
    expect(hits.map((h) => h.url.replace(/\.html$/, "").replace(/index$/, ""))).toContain(`${BASE}${path}`);
  });
  it("finds nothing for a term the papers never use", async () => {
    expect(await search("量子纠缠")).toEqual([]);
  });
  it("finds pages for 新型举国体制 across both papers", async () => {
    const hits = await search("新型举国体制", undefined, 50);
    expect(hits.length).toBeGreaterThanOrEqual(4);
  });
});
