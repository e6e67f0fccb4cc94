import { describe, expect, it } from "vitest";
import { rehypeAsciiHeadingIds } from "../../src/integrations/rehype-heading-ids.ts";
import { ANCHOR_ID_PATTERN, headingSlug, headingSlugger } from "../../src/lib/heading-ids.ts";

describe("headingSlug", () => {
  // Published anchors: these must not change (a pinyin-pro upgrade that reads a character differently fails here).
  it.each([
    ["历史与名称", "li-shi-yu-ming-cheng"],
    ["论点", "lun-dian"],
    ["与其他阶段的比较", "yu-qi-ta-jie-duan-de-bi-jiao"],
    ["评估、资源分配与创新主体的范围", "ping-gu-zi-yuan-fen-pei-yu-chuang-xin-zhu-ti-de-fan-wei"],
    ["图1（原图缺失）", "tu-1-yuan-tu-que-shi"],
    ["变：六个方面", "bian-liu-ge-fang-mian"],
    ["GB/T 7714—2015", "gb-t-7714-2015"],
    ["APA 第7版与 Chicago 作者—日期制", "apa-di-7-ban-yu-chicago-zuo-zhe-ri-qi-zhi"],
    ["重大专项的行动者", "zhong-da-zhuan-xiang-de-xing-dong-zhe"],
    ["为什么论文A没有原文格式", "wei-shen-me-lun-wen-a-mei-you-yuan-wen-ge-shi"],
    ["绿色", "lv-se"],
    ["——", "section"],
  ])("%s → %s", (text, slug) => {
    expect(headingSlug(text)).toBe(slug);
    expect(slug).toMatch(ANCHOR_ID_PATTERN);
  });
});

describe("headingSlugger", () => {
  it("numbers repeated headings and avoids ids already taken", () => {
    const next = headingSlugger(["lun-dian-2"]);
    expect([next("论点"), next("论点"), next("论点")]).toEqual(["lun-dian", "lun-dian-3", "lun-dian-4"]);
  });
});

describe("rehypeAsciiHeadingIds", () => {
  it("gives every heading of a body an ASCII id, keeping ids already set", () => {
    const heading = (tagName: string, text: string, properties: Record<string, unknown> = {}) => ({
      type: "element",
      tagName,
      properties,
      children: [{ type: "text", value: text }],
    });
    const tree = {
      type: "root",
      children: [
        heading("h2", "论点"),
        heading("h3", "论点"),
        heading("h2", "依据", { id: "kept" }),
        { type: "element", tagName: "p", children: [{ type: "text", value: "论点" }] },
      ],
    };
    rehypeAsciiHeadingIds()(tree);
    expect(tree.children.map((c) => (c as { properties?: Record<string, unknown> }).properties?.["id"])).toEqual(["lun-dian", "lun-dian-2", "kept", undefined]);
  });
});
