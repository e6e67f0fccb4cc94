import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runTool } from "../helpers/project.ts";

// The shared quotation checker compares every quotation in content/ with the source papers.
const CHECKER = join(ROOT, "../shared/tools/check-quotes.mjs");
const available = existsSync(CHECKER);

describe("quotations", () => {
  it.skipIf(!available && process.env["CI"] !== "true")("every quotation in content/ stands word for word in the sources", () => {
    expect(available, `${CHECKER} is missing: CI needs ../shared beside the project`).toBe(true);
    const { status, output } = runTool(ROOT, "node", [CHECKER]);
    expect(output).toMatch(/, 0 not found in the sources/);
    expect(status).toBe(0);
  });
});
