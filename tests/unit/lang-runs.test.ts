import { describe, expect, it } from "vitest";
import { latinRuns, markLatinRuns } from "../../src/lib/lang-runs.ts";

const english = (text: string) =>
  latinRuns(text)
    .filter((r) => r.en)
    .map((r) => r.text);

describe("latinRuns", () => {
  it.each([
    ["参考文献：Warrol et al. 2015", ["Warrol et al. 2015"]],
    [
      "EUN J, LEE K. Is an industrial policy possible in China? the case of the automobile industry[J]. Journal of International and Area Studies, 2002, 9(2): 1-21.",
      [
        "EUN J, LEE K. Is an industrial policy possible in China? the case of the automobile industry",
        "Journal of International and Area Studies, 2002, 9(2): 1-21.",
      ],
    ],
    ["作者名（Patrícia A. A. da Silva，João C. O. Matias）", ["Patrícia A. A. da Silva", "João C. O. Matias"]],
    ["Chicago (author-date) 格式", ["Chicago (author-date)"]],
  ])("finds the English runs of %s", (text, runs) => {
    expect(english(text)).toEqual(runs);
  });
  it.each(["GB/T 7714—2015", "APA 7", "BibTeX、RIS 与 CSL-JSON", "http://127.0.0.1:4321/references/#bib-eun-2002", "论文B 三（二）"])(
    "leaves %s alone",
    (text) => {
      expect(english(text)).toEqual([]);
    },
  );
  it("never takes a URL into a run, and keeps the text whole", () => {
    const text = "新型举国体制比较知识库. November 23, New Haven. http://a.example/b-c/ 之后";
    expect(english(text)).toEqual(["November 23, New Haven."]);
    expect(
      latinRuns(text)
        .map((r) => r.text)
        .join(""),
    ).toBe(text);
  });
});

describe("markLatinRuns", () => {
  it('wraps English runs of zh text in <span lang="en">, and nothing else', () => {
    const html =
      '<html lang="zh-CN"><head><title>Eun et al. 2002</title><script>var s = "Hello big World";</script></head><body><p>参考文献：Eun et al. 2002 &amp; Ethics Policy &amp; Environment</p><span lang="zh-Latn-pinyin">da de xi</span><code>foo bar baz</code><svg><text>Hello World</text></svg><p lang="en">Hello World</p><br><p>Hello World</p></body></html>';
    expect(markLatinRuns(html)).toBe(
      '<html lang="zh-CN"><head><title>Eun et al. 2002</title><script>var s = "Hello big World";</script></head><body><p>参考文献：<span lang="en">Eun et al. 2002 &amp; Ethics Policy &amp; Environment</span></p><span lang="zh-Latn-pinyin">da de xi</span><code>foo bar baz</code><svg><text>Hello World</text></svg><p lang="en">Hello World</p><br><p><span lang="en">Hello World</span></p></body></html>',
    );
  });
});
