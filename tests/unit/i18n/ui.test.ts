import { describe, expect, it } from "vitest";
import { fill } from "../../../src/i18n/ui.ts";

describe("fill", () => {
  it("fills placeholders and leaves unknown ones", () => {
    expect(fill("第{n}页 {x}", { n: 45 })).toBe("第45页 {x}");
  });
});
