import { describe, expect, it } from "vitest";
import { computeBacklinks } from "../../src/lib/backlinks.ts";
import { conceptTerms } from "../../src/lib/terms.ts";

describe("computeBacklinks", () => {
  const terms = [...conceptTerms("juguo", "举国体制"), ...conceptTerms("tixi", "国家创新体系")];
  it("collects mentions by name, by <Ref> and by explicit listing, never self", () => {
    const links = computeBacklinks(
      [
        { id: "a-1", text: "论文讨论举国体制。", concepts: [] },
        { id: "b-2", text: '见<Ref to="tixi">此</Ref>', concepts: [] },
        { id: "b-3", text: "无关", concepts: ["juguo"] },
        { id: "juguo", text: "举国体制本身", concepts: [] },
      ],
      terms,
    );
    expect(links.get("juguo")).toEqual(["a-1", "b-3"]);
    expect(links.get("tixi")).toEqual(["b-2"]);
  });
});
