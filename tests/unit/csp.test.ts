import { describe, expect, it } from "vitest";
import { buildPolicy, decodeEntities, hashSource, inlineCode, injectPolicy } from "../../src/lib/csp.ts";

const html = `<html><head><script>var t=1;</script><script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script></head>
<body><style>.a{color:red}</style><svg style="max-width:10rem"><g style="stroke:none"></g></svg></body></html>`;

describe("content security policy", () => {
  it("finds inline scripts (not data blocks or external ones), style elements and style attributes", () => {
    expect(inlineCode(html)).toEqual({ scripts: ["var t=1;"], styles: [".a{color:red}"], styleAttributes: ["max-width:10rem", "stroke:none"] });
  });
  it("decodes character references in SVG styles before hashing, as browsers do", () => {
    const svg = `<svg><style>#a{font-family:&quot;PingFang SC&quot;}</style></svg><style>b{content:"&quot;"}</style>`;
    expect(inlineCode(svg).styles).toEqual(['#a{font-family:"PingFang SC"}', 'b{content:"&quot;"}']);
    expect(decodeEntities("&lt;&#39;&#x41;&unknown;")).toBe("<'A&unknown;");
  });
  it("hashes as browsers do (sha256, base64)", () => {
    expect(hashSource("var t=1;")).toBe("'sha256-rrmL0nLbAU0oUq1tpOXuVlX3mM0+k6nPR9QT6RgSUOY='");
  });
  it("allows only this origin and the page's own inline code", () => {
    const policy = buildPolicy(html);
    expect(policy).toMatch(
      /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'self' 'sha256-[^']+' 'unsafe-hashes' 'sha256-[^']+' 'sha256-[^']+'; img-src 'self' data:; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'$/,
    );
    expect(policy).not.toMatch(/unsafe-inline|https?:/);
  });
  it("puts the meta tag first in <head>", () => {
    expect(injectPolicy(html)).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
  });
  it("leaves the character encoding declaration first, within the first 1024 bytes", () => {
    expect(injectPolicy(html.replace("<head>", '<head><meta charset="utf-8">'))).toMatch(
      /^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self';/,
    );
  });
});
