import { describe, expect, it } from "vitest";
import { BASE } from "../helpers/dist.ts";
import { search } from "../helpers/pagefind.ts";

// Unspaced Chinese terms, segmented as the UI segments them, must find the pages that contain them.
describe("Chinese search over the built index", () => {
  it.each([
    ["举国体制", "concepts/juguo-tizhi/"],
    ["关键核心技术", "concepts/guanjian-hexin-jishu/"],
    ["政产学研用", "concepts/zheng-chan-xue-yan-yong/"],
    ["传统举国体制形成阶段", "stages/stage-traditional/"],
  ])("%s ranks %s in the top 10", async (query, path) => {
    const hits = await search(query);
    expect(hits.map((h) => h.url)).toContain(`${BASE}${path}`);
  });
  it.each([
    ["关键核心技术", "table-1/"],
    ["社会主义市场经济", "table-1/"],
    ["计划手段配置", "table-1/"],
    ["政产学研用", "table-1/"],
    ["关键核心技术攻关", "stages/stage-new/"],
    ["转型过渡阶段", "stages/stage-transition/"],
  ])("%s finds %s (every page containing the term is found)", async (query, path) => {
    const hits = await search(query, undefined, 1000);
    expect(hits.map((h) => h.url)).toContain(`${BASE}${path}`);
  });
  it("finds nothing for a term the papers never use", async () => {
    expect(await search("zqxjkv")).toEqual([]);
  });
  it("finds pages for 新型举国体制 across both papers", async () => {
    const hits = await search("新型举国体制", undefined, 50);
    expect(hits.length).toBeGreaterThanOrEqual(4);
  });
});
