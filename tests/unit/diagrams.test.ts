import { describe, expect, it } from "vitest";
import {
  accessibleSvg,
  diagramFit,
  hashDiagramSource,
  normalizeDiagramSource,
  parseDiagramHeader,
  readSvgStamp,
  responsiveSvg,
  scopeSvgIds,
  stampSvg,
  svgStamp,
  themedSvg,
  withoutStyleAttributes,
  withoutUnusedIds,
  withoutUnusedRules,
  withFitRules,
  withoutAccessibilityLines,
} from "../../src/lib/diagrams.ts";

const FILE = "content/diagrams/x.mmd";
const FLOW = "flowchart LR\n  accTitle: 标题\n  accDescr: 描述\n  A[甲] --> B(乙)\n";

describe("hashDiagramSource", () => {
  it("is 16 lowercase hex digits, and pinned: changing it would invalidate every rendered SVG's stamp", () => {
    expect(hashDiagramSource(FLOW)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashDiagramSource("flowchart LR\n  A --> B")).toBe("e07394221b261392");
  });
  it.each([
    ["CRLF line endings", FLOW.replace(/\n/g, "\r\n")],
    ["old Mac CR line endings", FLOW.replace(/\n/g, "\r")],
    ["trailing spaces and tabs", FLOW.replace(/\n/g, "  \t\n")],
    ["blank lines around the source", `\n\n${FLOW}\n\n\n`],
    ["no final newline", FLOW.trimEnd()],
  ])("ignores %s", (_, variant) => {
    expect(hashDiagramSource(variant)).toBe(hashDiagramSource(FLOW));
  });
  it.each([
    ["a changed label", FLOW.replace("甲", "丙")],
    ["changed indentation", FLOW.replace("  A[甲]", "A[甲]")],
    ["a changed edge", FLOW.replace("-->", "-.->")],
  ])("changes with %s", (_, variant) => {
    expect(hashDiagramSource(variant)).not.toBe(hashDiagramSource(FLOW));
  });
  it("hashes exactly the normalized source that is rendered", () => {
    expect(normalizeDiagramSource("flowchart LR  \r\n  A --> B\t\r\n\r\n")).toBe("flowchart LR\n  A --> B");
  });
});

describe("svgStamp / readSvgStamp / stampSvg", () => {
  const hash = "0123456789abcdef";
  it("round-trips a hash", () => {
    expect(readSvgStamp(`${svgStamp(hash)}\n<svg></svg>`)).toBe(hash);
  });
  it("writes the stamp as the SVG file's first line, the SVG after it, and one final newline", () => {
    const stamped = stampSvg('\n<svg id="a"></svg>\n\n', hash);
    expect(stamped).toBe(`<!-- mermaid-source-sha256:${hash} -->\n<svg id="a"></svg>\n`);
    expect(readSvgStamp(stamped)).toBe(hash);
    // What the diagram loader hands to the page once it strips the stamp.
    expect(stamped.replace(/^<!--[^>]*-->\s*/, "")).toMatch(/^<svg/);
  });
  it.each([
    ["no stamp", "<svg></svg>"],
    ["a stamp that is not first", `<svg></svg>\n${svgStamp(hash)}`],
    ["a short hash", "<!-- mermaid-source-sha256:0123 -->"],
    ["upper-case hex", `<!-- mermaid-source-sha256:${hash.toUpperCase()} -->`],
    ["another comment", "<!-- Generator: Sketch -->"],
  ])("reads null from %s", (_, svg) => {
    expect(readSvgStamp(svg)).toBeNull();
  });
});

describe("parseDiagramHeader", () => {
  it.each([
    ["a flowchart", FLOW, { type: "flowchart", accTitle: "标题", accDescr: "描述" }],
    ["CRLF line endings", FLOW.replace(/\n/g, "\r\n"), { type: "flowchart", accTitle: "标题", accDescr: "描述" }],
    ["comments and blank lines before the type", `%% note\n\n${FLOW}`, { type: "flowchart", accTitle: "标题", accDescr: "描述" }],
    ["Mermaid front matter", `---\nconfig:\n  theme: base\n---\n${FLOW}`, { type: "flowchart", accTitle: "标题", accDescr: "描述" }],
    [
      "a multi-line accDescr block",
      "flowchart TB\n  accTitle: 标题\n  accDescr {\n    第一行，\n    第二行（续）\n  }\n  A --> B\n",
      { type: "flowchart", accTitle: "标题", accDescr: "第一行， 第二行（续）" },
    ],
    [
      "a timeline",
      "timeline\n  accTitle: 时间线\n  accDescr: 三个阶段\n  section 甲\n    1949 : 事件 (一)\n",
      { type: "timeline", accTitle: "时间线", accDescr: "三个阶段" },
    ],
    [
      "a class diagram with a brace block",
      "classDiagram\n  accTitle: 类\n  accDescr: 一个类\n  class A {\n    +name\n  }\n",
      { type: "classDiagram", accTitle: "类", accDescr: "一个类" },
    ],
    [
      "a sequence message with a lone parenthesis",
      "sequenceDiagram\n  accTitle: 序列\n  accDescr: 两步\n  A->>B: 1) 请求\n",
      { type: "sequenceDiagram", accTitle: "序列", accDescr: "两步" },
    ],
    [
      "mindmap's unpaired cloud and bang shapes",
      "mindmap\n  accTitle: 导图\n  accDescr: 中心与分支\n  root((中心))\n    A)云(\n    B))爆((\n",
      { type: "mindmap", accTitle: "导图", accDescr: "中心与分支" },
    ],
    [
      "a flowchart's asymmetric node",
      "flowchart LR\n  accTitle: 标题\n  accDescr: 描述\n  A>旗帜] --> B\n",
      { type: "flowchart", accTitle: "标题", accDescr: "描述" },
    ],
    [
      "brackets inside a quoted label",
      'flowchart LR\n  accTitle: 标题\n  accDescr: 描述\n  A["含 ( 和 ] 的文字"] --> B\n',
      { type: "flowchart", accTitle: "标题", accDescr: "描述" },
    ],
  ])("reads %s", (_, source, header) => {
    expect(parseDiagramHeader(source, FILE)).toEqual(header);
  });

  it.each([
    ["an unknown type", "pie\n  accTitle: t\n  accDescr: d\n", "type"],
    ["an empty source", "", "type"],
    ["no accTitle", "flowchart LR\n  accDescr: d\n  A --> B\n", "accTitle"],
    ["an empty accTitle (the next line is not the title)", "flowchart LR\n  accTitle:\n  accDescr: d\n  A --> B\n", "accTitle"],
    ["no accDescr", "flowchart LR\n  accTitle: t\n  A --> B\n", "accDescr"],
    ["an empty accDescr block", "flowchart LR\n  accTitle: t\n  accDescr {\n  }\n  A --> B\n", "accDescr"],
  ])("rejects %s, naming the file and the field", (_, source, field) => {
    expect(() => parseDiagramHeader(source, FILE)).toThrow(`${FILE}: field "${field}"`);
  });

  it.each([
    ["an unclosed square bracket", "  A[甲 --> B", 4, 'unclosed "["'],
    ["an unclosed round bracket", "  A(甲 --> B", 4, 'unclosed "("'],
    ["a mismatched bracket", "  A[甲) --> B", 4, 'unbalanced ")"'],
    ["a stray closing bracket", "  A --> B]", 4, 'unbalanced "]"'],
    ["an unclosed quote", '  A["甲] --> B', 4, "unclosed quote"],
    ["a stray closing brace", "  }", 4, 'unbalanced "}"'],
  ])("detects %s, naming file, line and field", (_, line, lineNumber, problem) => {
    const source = `flowchart LR\n  accTitle: t\n  accDescr: d\n${line}\n`;
    expect(() => parseDiagramHeader(source, FILE)).toThrow(`${FILE}:${lineNumber}: field "source" is malformed Mermaid: ${problem}`);
  });
});

describe("withoutAccessibilityLines (for mindmap and block-beta, whose grammar rejects them)", () => {
  it.each([
    ["inline lines", "mindmap\n  accTitle: 标题\n  accDescr: 描述\n  root((中心))\n", "mindmap\n  root((中心))\n"],
    ["a block description", "block-beta\n  accTitle: 标题\n  accDescr {\n    多行\n    描述\n  }\n  a b\n", "block-beta\n  a b\n"],
    ["nothing else", "mindmap\n  root((accTitle 不是指令))\n", "mindmap\n  root((accTitle 不是指令))\n"],
  ])("drops %s", (_, source, stripped) => {
    expect(withoutAccessibilityLines(source)).toBe(stripped);
  });
});

describe("SVG post-processing", () => {
  const mermaidSvg =
    '<svg id="dg-x-light" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 990px;" viewBox="100 0 990 527.4" role="graphics-document document" aria-roledescription="timeline"><g></g></svg>';

  it("responsiveSvg drops the fixed pixel max-width for a rem one that still yields to the container, keeping the viewBox", () => {
    const svg = responsiveSvg(mermaidSvg.replace('width="100%"', 'width="990" height="527"'));
    expect(svg).toContain('viewBox="100 0 990 527.4"');
    expect(svg).toContain('width="100%"');
    expect(svg).toContain('style="max-width:min(100%,61.88rem)"');
    expect(svg).not.toMatch(/max-width: 990px|height="527"/);
  });
  it("responsiveSvg refuses an SVG without a viewBox", () => {
    expect(() => responsiveSvg('<svg id="a"></svg>')).toThrow(/viewBox/);
  });

  it("accessibleSvg adds an escaped <title> and <desc> and names the SVG by them when Mermaid did not", () => {
    const svg = accessibleSvg(mermaidSvg, { type: "timeline", accTitle: "甲 & 乙 <丙>", accDescr: '说 "是"' });
    expect(svg).toMatch(
      /^<svg [^>]*role="img"[^>]*><title id="dg-x-light-title">甲 &amp; 乙 &lt;丙&gt;<\/title><desc id="dg-x-light-desc">说 &quot;是&quot;<\/desc>/,
    );
    expect(svg).toContain('aria-labelledby="dg-x-light-title"');
    expect(svg).toContain('aria-describedby="dg-x-light-desc"');
  });
  it("accessibleSvg keeps what Mermaid emitted from accTitle and accDescr", () => {
    const emitted =
      '<svg id="dg-x-light" aria-labelledby="chart-title-dg-x-light" aria-describedby="chart-desc-dg-x-light" role="graphics-document document"><title id="chart-title-dg-x-light">t</title><desc id="chart-desc-dg-x-light">d</desc></svg>';
    expect(accessibleSvg(emitted, { type: "flowchart", accTitle: "t", accDescr: "d" })).toBe(emitted);
  });

  it.each([
    [
      "an id and its url() reference",
      '<svg id="dg-x-dark"><marker id="arrowhead"/><line marker-end="url(#arrowhead)"/></svg>',
      '<svg id="dg-x-dark"><marker id="dg-x-dark-arrowhead"/><line marker-end="url(#dg-x-dark-arrowhead)"/></svg>',
    ],
    ["an href reference", '<svg id="dg-x-dark"><g id="n"/><use href="#n"/></svg>', '<svg id="dg-x-dark"><g id="dg-x-dark-n"/><use href="#dg-x-dark-n"/></svg>'],
    [
      "an aria reference",
      '<svg id="dg-x-dark" aria-labelledby="t"><title id="t">T</title></svg>',
      '<svg id="dg-x-dark" aria-labelledby="dg-x-dark-t"><title id="dg-x-dark-t">T</title></svg>',
    ],
    ["nothing already scoped", '<svg id="dg-x-dark"><g id="dg-x-dark-node-0"/></svg>', '<svg id="dg-x-dark"><g id="dg-x-dark-node-0"/></svg>'],
  ])("scopeSvgIds prefixes %s with the SVG's own id", (_, svg, scoped) => {
    expect(scopeSvgIds(svg, "dg-x-dark")).toBe(scoped);
  });
});

describe("diagramFit (a phone's 358 px column, labels drawn at 16 px, none shown below 12 px)", () => {
  it.each([
    ["a narrow diagram", 272, false, 12.75, 17],
    ["one that shrinks its labels to just 12 px", 477, false, 22.36, 29.82],
    ["one that would shrink them below 12 px", 640, true, 30, 40],
  ])("%s (%i px wide) scrolls: %s", (_, width, scrolls, minWidthRem, fullWidthRem) => {
    expect(diagramFit(`<svg id="dg-x-light" viewBox="4 4 ${width} 300"></svg>`)).toEqual({ width, scrolls, minWidthRem, fullWidthRem });
  });
  it("refuses an SVG without a viewBox", () => {
    expect(() => diagramFit('<svg id="a"></svg>')).toThrow(/viewBox/);
  });
});

describe("the container rules of a diagram that scrolls", () => {
  const fit = { minWidthRem: 30.5, fullWidthRem: 50 };
  it("ride in the diagram's own SVG style, for its figure alone", () => {
    const svg = withFitRules('<svg viewBox="0 0 8 1"><style>#a{fill:red}</style></svg>', "dg-x", fit);
    expect(svg).toBe(
      '<svg viewBox="0 0 8 1"><style>#a{fill:red}@container diagram (max-width: 30.5rem){#dg-x .diagram__hint{display:block}}@container diagram (max-width: 50rem){#dg-x .diagram__zoom{display:block}}</style></svg>',
    );
  });
  it("get a style of their own in an SVG without one", () => {
    expect(withFitRules('<svg viewBox="0 0 8 1"><g/></svg>', "dg-x", fit)).toMatch(/^<svg viewBox="0 0 8 1"><style>@container diagram \(max-width: 30\.5rem\)/);
  });
});

describe("one SVG for both themes", () => {
  const light =
    '<svg id="dg-x-light"><style>#dg-x-light{fill:#111;font-family:&quot;A&quot;,sans-serif}#dg-x-light .n{stroke:#222;stroke-width:1px}</style><g id="dg-x-light-n"/></svg>';
  const dark =
    '<svg id="dg-x-dark"><style>#dg-x-dark{fill:#eee;font-family:&quot;A&quot;,sans-serif}#dg-x-dark .n{stroke:#222;stroke-width:1px}</style><g id="dg-x-dark-n"/></svg>';
  it("pairs each colour that differs as light-dark(), after the light colour alone", () => {
    expect(themedSvg(light, dark, "dg-x-light", "dg-x-dark")).toBe(
      '<svg id="dg-x-light"><style>#dg-x-light{fill:#111;fill:light-dark(#111,#eee);font-family:&quot;A&quot;,sans-serif}#dg-x-light .n{stroke:#222;stroke-width:1px}</style><g id="dg-x-light-n"/></svg>',
    );
  });
  it("gives up when the drawings differ in more than colour", () => {
    expect(themedSvg(light, dark.replace("<g ", "<g class='x' "), "dg-x-light", "dg-x-dark")).toBeUndefined();
    expect(themedSvg(light, dark.replace("stroke-width:1px", "stroke-width:2px"), "dg-x-light", "dg-x-dark")).toBeUndefined();
  });
});

describe("style attributes become classes", () => {
  it("moves each distinct style into a class with an !important rule in the SVG's own style", () => {
    const svg =
      '<svg id="r" style="max-width:10rem"><style>#r{fill:red}</style><rect class="b" style="stroke:none"/><rect style="stroke:none"/><path style="a:1;b:2"/></svg>';
    expect(withoutStyleAttributes(svg, "r")).toBe(
      '<svg id="r" class="r-s0"><style>#r{fill:red}.r-s0{max-width:10rem!important}.r-s1{stroke:none!important}.r-s2{a:1!important;b:2!important}</style><rect class="b r-s1"/><rect class="r-s1"/><path class="r-s2"/></svg>',
    );
  });
  it("leaves an SVG without style attributes as it is", () => {
    expect(withoutStyleAttributes('<svg><g class="x"/></svg>', "r")).toBe('<svg><g class="x"/></svg>');
  });
});

describe("unused style rules", () => {
  it("are dropped: classes and looks the drawing lacks, :root, keyframes nothing runs; the rest stays as it was", () => {
    const svg =
      '<svg id="r"><style>#r{fill:red}@keyframes dash{to{a:0}}#r .a,#r .zz{b:1}#r .zz{c:2}#r [data-look=neo].a{d:3}#r :root{--x:1}@container d (max-width: 1rem){#r .a{e:4}}</style><g class="a" data-look="classic"/></svg>';
    expect(withoutUnusedRules(svg)).toBe(
      '<svg id="r"><style>#r{fill:red}#r .a,#r .zz{b:1}@container d (max-width: 1rem){#r .a{e:4}}</style><g class="a" data-look="classic"/></svg>',
    );
  });
});

describe("invisible links", () => {
  it("are dropped with the unused rules", () => {
    expect(
      withoutUnusedRules('<svg><style>#r .a{b:1}</style><path d="M0 0" class="edge-thickness-invisible edge-pattern-solid"/><path class="a" d="M1 1"/></svg>'),
    ).toBe('<svg><style>#r .a{b:1}</style><path class="a" d="M1 1"/></svg>');
  });
});

describe("what draws nothing", () => {
  it("goes: empty label backgrounds and the default font style and weight spelled out", () => {
    expect(
      withoutUnusedRules(
        '<svg><style>.x{a:1}</style><g class="x"><rect class="background r-s1"/><text><tspan font-style="normal" font-weight="normal">甲</tspan></text></g></svg>',
      ),
    ).toBe('<svg><style>.x{a:1}</style><g class="x"><text><tspan>甲</tspan></text></g></svg>');
  });
});

describe("withoutUnusedIds", () => {
  it("drops the ids nothing refers to and keeps the root's, the referenced ones and those the style names", () => {
    const svg =
      '<svg id="dg-x-light" aria-labelledby="dg-x-t" aria-describedby="dg-x-d"><title id="dg-x-t">T</title><desc id="dg-x-d">D</desc>' +
      "<style>#dg-x-light .node{fill:#1d1d1f}#dg-x-light-N1 rect{stroke:red}</style>" +
      '<marker id="dg-x-light_pointEnd"><path/></marker><g id="dg-x-light-N1" class="node"><rect id="dg-x-light-r"/></g>' +
      '<path id="dg-x-light-L_A_B_0" marker-end="url(#dg-x-light_pointEnd)"/><use href="#dg-x-light-g"/><g id="dg-x-light-g"/></svg>';
    expect(withoutUnusedIds(svg)).toBe(
      '<svg id="dg-x-light" aria-labelledby="dg-x-t" aria-describedby="dg-x-d"><title id="dg-x-t">T</title><desc id="dg-x-d">D</desc>' +
        "<style>#dg-x-light .node{fill:#1d1d1f}#dg-x-light-N1 rect{stroke:red}</style>" +
        '<marker id="dg-x-light_pointEnd"><path/></marker><g id="dg-x-light-N1" class="node"><rect/></g>' +
        '<path marker-end="url(#dg-x-light_pointEnd)"/><use href="#dg-x-light-g"/><g id="dg-x-light-g"/></svg>',
    );
  });
});
