/**
 * Functions that run inside Chromium through `page.evaluate`. Playwright sends each function's source text to the page,
 * so every one must be self-contained: no imports at run time, no module-level helpers, only its argument and the DOM.
 */
import type { Mermaid, MermaidConfig } from "mermaid";

/** In the page: render one source into the (cleared) body on the theme's page background; returns Mermaid's error message, or null. */
export async function renderIntoPage(input: { svgId: string; source: string; config: MermaidConfig; background: string }): Promise<string | null> {
  const mermaid = (globalThis as unknown as { mermaid: Mermaid }).mermaid;
  document.body.innerHTML = "";
  document.body.style.background = input.background;
  try {
    mermaid.initialize(input.config);
    await mermaid.parse(input.source);
    const { svg } = await mermaid.render(input.svgId, input.source);
    document.body.innerHTML = svg;
    return document.querySelector("body > svg") === null ? "Mermaid returned no <svg>" : null;
  } catch (error) {
    document.body.innerHTML = "";
    return error instanceof Error ? error.message : String(error);
  }
}

/** In the page: end a left-to-right timeline's axis just after its last period, and narrow the viewBox to match (Mermaid draws it far past). */
export function fitTimelineInPage(): void {
  const svg = document.querySelector("body > svg");
  if (!(svg instanceof SVGSVGElement) || svg.getAttribute("aria-roledescription") !== "timeline") return;
  const axis = [...svg.querySelectorAll(".lineWrapper line")].find(
    (l) => l.getAttribute("y1") === l.getAttribute("y2") && l.getAttribute("stroke-width") === "4",
  );
  const toUser = svg.getScreenCTM()?.inverse();
  const rights = [...svg.querySelectorAll(".timeline-node")].map((n) => new DOMPoint(n.getBoundingClientRect().right, 0).matrixTransform(toUser).x);
  const [x = 0, y = 0, , height = 0] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  if (axis === undefined || rights.length === 0) return;
  const end = Math.round(Math.max(...rights) + 40);
  axis.setAttribute("x2", String(end));
  svg.setAttribute("viewBox", `${x} ${y} ${end + 30 - x} ${height}`);
}

/**
 * In the page: Chinese line-breaking rule for wrapped SVG-text labels: a line may not start with closing punctuation (、，。）…),
 * so Mermaid's character-by-character wrap is corrected by hanging such a character at the end of the line before.
 */
export function hangPunctuationInPage(): void {
  const closing = /^[、，。．：；！？）」』】》〉〕…—·,.:;!?)\]]/u;
  for (const text of document.querySelectorAll("body > svg text")) {
    const rows = [...text.querySelectorAll(":scope > tspan.row")];
    let removed = 0;
    rows.forEach((row, index) => {
      const y = parseFloat(row.getAttribute("y") ?? "");
      if (removed > 0 && !Number.isNaN(y)) row.setAttribute("y", `${+(y - 1.1 * removed).toFixed(2)}em`);
      const first = row.querySelector("tspan");
      const previous = rows[index - 1]?.querySelector("tspan:last-of-type");
      const content = first?.textContent ?? "";
      if (first === null || previous === null || previous === undefined || !closing.test(content)) return;
      const [mark = ""] = content;
      previous.textContent = `${previous.textContent ?? ""}${mark}`;
      first.textContent = content.slice(mark.length);
      if (row.textContent !== "") return;
      row.remove();
      removed += 1;
    });
    // The node was sized for the removed line(s): move the text down by half of them to keep it centred.
    const shift = (parseFloat(getComputedStyle(text).fontSize) * 1.1 * removed) / 2;
    if (removed > 0) text.setAttribute("transform", `translate(0 ${shift.toFixed(1)})`);
  }
}

/** In the page: a wrapped label's last line of one lone character takes the character before it along, so no line holds a single "向". */
export function avoidWidowsInPage(): void {
  const closing = /^[、，。．：；！？）」』】》〉〕…—·,.:;!?)\]]/u;
  for (const text of document.querySelectorAll("body > svg text")) {
    const rows = [...text.querySelectorAll(":scope > tspan.row")];
    const last = rows.at(-1)?.querySelector("tspan");
    const before = rows.at(-2)?.querySelector("tspan:last-of-type");
    const lone = [...(last?.textContent ?? "")];
    const previous = [...(before?.textContent ?? "")];
    const moved = previous.at(-1) ?? "";
    if (!last || !before || lone.length !== 1 || previous.length < 4 || closing.test(moved) || closing.test(lone[0] ?? "")) continue;
    before.textContent = previous.slice(0, -1).join("");
    last.textContent = moved + lone.join("");
  }
}

/** In the page: the WCAG contrast ratio of every text label against what is drawn behind it (the fill under it, else the page), filters included. */
export function textContrastsInPage(): { label: string; ratio: number }[] {
  const rgb = (css: string): number[] | null => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
    return m && (m[4] === undefined || Number(m[4]) > 0.5) ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  };
  const brightness = (el: Element | null): number => {
    let factor = 1;
    for (let e = el; e !== null; e = e.parentElement) factor *= Number(/brightness\(([\d.]+)\)/.exec(getComputedStyle(e).filter)?.[1] ?? 1);
    return factor;
  };
  const luminance = (color: number[], el: Element | null): number => {
    const f = brightness(el);
    const [r = 0, g = 0, b = 0] = color.map((v) => Math.min(255, v * f) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const behind = (text: Element): [number[], Element | null] => {
    const box = text.getBoundingClientRect();
    for (const el of document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)) {
      if (el.closest("text") !== null || !(el instanceof SVGGeometryElement) || el instanceof SVGLineElement) continue;
      const fill = rgb(getComputedStyle(el).fill);
      if (fill !== null) return [fill, el];
    }
    return [rgb(getComputedStyle(document.body).backgroundColor) ?? [255, 255, 255], null];
  };
  // The glyphs' colour is that of the element holding the characters (a <tspan> may be styled apart from its <text>).
  const holdsGlyphs = (el: Element): boolean => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "");
  return [...document.querySelectorAll("body > svg text")].flatMap((text) => {
    const label = text.textContent?.trim() ?? "";
    if (label === "") return [];
    text.scrollIntoView({ block: "center", inline: "center" });
    const [back, backEl] = behind(text);
    const holders = [text, ...text.querySelectorAll("tspan")].filter(holdsGlyphs);
    const ratios = holders.map((el) => [luminance(rgb(getComputedStyle(el).fill) ?? [0, 0, 0], el), luminance(back, backEl)]);
    return ratios.map(([a = 0, b = 0]) => ({ label, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) }));
  });
}

/** In the page: labels that show HTML tags as text (SVG text cannot render `<b>` and the like). */
export function rawMarkupInPage(): string[] {
  const labels = [...document.querySelectorAll("body > svg text")].map((t) => t.textContent?.trim() ?? "");
  return labels.filter((label) => /<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(label));
}

/** In the page: the rendered SVG's markup. */
export function svgMarkupInPage(): string {
  return document.querySelector("body > svg")?.outerHTML ?? "";
}
