import { describe, expect, it } from "vitest";
import { withoutIndexMarks } from "../../tools/build/index-marks.ts";

describe("Pagefind's marks leave the built pages after indexing", () => {
  it("removes every data-pagefind-* attribute, with or without a value, and nothing else", () => {
    const html =
      '<main id="main" tabindex="-1" data-pagefind-body><nav class="toc" data-pagefind-ignore="all" aria-label="目录">x</nav>' +
      '<div class="prose" data-pagefind-meta="id:a-2-1" data-pagefind-weight=\'2\'>正文 data-pagefind-body 作为文字保留</div></main>';
    expect(withoutIndexMarks(html)).toBe(
      '<main id="main" tabindex="-1"><nav class="toc" aria-label="目录">x</nav><div class="prose">正文 data-pagefind-body 作为文字保留</div></main>',
    );
  });
  it("removes the hidden spans that exist only to carry page filters", () => {
    const html =
      '<body><span hidden data-pagefind-filter="kind:section"></span><span hidden data-pagefind-filter="paper:paper-b"></span><a href="#main">跳</a>';
    expect(withoutIndexMarks(html)).toBe('<body><a href="#main">跳</a>');
  });
  it("keeps a hidden span that carries anything else", () => {
    const html = '<span hidden id="cmp-actors-c1"></span><span hidden data-pagefind-filter="kind:x">text</span>';
    expect(withoutIndexMarks(html)).toBe('<span hidden id="cmp-actors-c1"></span><span hidden>text</span>');
  });
  it("leaves attribute values that merely mention a mark alone", () => {
    const html = '<a title="data-pagefind-ignore" data-pagefind-ignore>x</a>';
    expect(withoutIndexMarks(html)).toBe('<a title="data-pagefind-ignore">x</a>');
  });
  it("returns a page without marks unchanged", () => {
    const html = "<!DOCTYPE html><html><body><p>a > b</p></body></html>";
    expect(withoutIndexMarks(html)).toBe(html);
  });
});
