import { describe, expect, it } from "vitest";
import { nestBody } from "../../src/lib/booklet.ts";

describe("nestBody", () => {
  it("prefixes ids and in-page links, moves headings down, and leaves other links alone", () => {
    const html = '<h2 id="yao-dian">要点</h2><p><a href="#yao-dian">§</a> <a href="/concepts/x/">x</a></p><h3 id="b" aria-labelledby="yao-dian b">b</h3>';
    expect(nestBody(html, "a-1", 1)).toBe(
      '<h3 id="a-1-yao-dian">要点</h3><p><a href="#a-1-yao-dian">§</a> <a href="/concepts/x/">x</a></p><h4 id="a-1-b" aria-labelledby="a-1-yao-dian a-1-b">b</h4>',
    );
  });
  it("keeps headings at h6 at most", () => {
    expect(nestBody('<h5 id="x">x</h5>', "e", 3)).toBe('<h6 id="e-x">x</h6>');
  });
  it("scopes an inline SVG under the prefix by its own id, in its styles and references too", () => {
    const svg =
      '<svg id="dg-a" aria-labelledby="dg-a-title"><title id="dg-a-title">t</title><style>#dg-a .n{}</style><path marker-end="url(#dg-a-m)"/><g id="n"></g></svg>';
    expect(nestBody(svg, "e", 1)).toBe(
      '<svg id="e-dg-a" aria-labelledby="e-dg-a-title"><title id="e-dg-a-title">t</title><style>#e-dg-a .n{}</style><path marker-end="url(#e-dg-a-m)"/><g id="n"></g></svg>',
    );
  });
});
