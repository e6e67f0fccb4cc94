import { describe, expect, it } from "vitest";
import { ELEMENT_KIND_LABELS, KIND_CHOICE_LABELS, kindLabel, PAGE_KIND_LABELS, UNIT_KIND_LABELS } from "../../../src/i18n/kinds.ts";
import { CITE_UI, SEARCH_UI } from "../../../src/i18n/ui.ts";
import { KIND_CHOICES } from "../../../src/lib/search/filters.ts";
import { PAGE_KINDS } from "../../../src/lib/page-kinds.ts";

describe("kind labels", () => {
  it("labels every page kind and every search choice", () => {
    expect(Object.keys(PAGE_KIND_LABELS).sort()).toEqual([...PAGE_KINDS].sort());
    expect(Object.keys(KIND_CHOICE_LABELS).sort()).toEqual(["all", ...KIND_CHOICES].sort());
  });
  it("gives a search choice the label of the kind it stands for", () => {
    expect(KIND_CHOICE_LABELS.mechanism).toBe(ELEMENT_KIND_LABELS.mechanism);
    expect(KIND_CHOICE_LABELS.table).toBe(UNIT_KIND_LABELS.dimension);
    expect(KIND_CHOICE_LABELS.concept).toBe(PAGE_KIND_LABELS.concept);
    expect(SEARCH_UI.kindChoices).toBe(KIND_CHOICE_LABELS);
    expect(CITE_UI.kinds).toBe(UNIT_KIND_LABELS);
  });
  it.each([
    ["table", "表1"],
    ["indicator", "核心指标"],
    ["glossary", "术语表"],
    ["no-such-kind", undefined],
  ])("kindLabel(%s) = %s", (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });
});
