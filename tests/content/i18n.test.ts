import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.ts";

// The English edition is checked against the Chinese by `npm run i18n` (tools/i18n): every Chinese unit has its
// English, every Chinese string its rendering, every quotation, link, site note, diagram and heading is kept.
describe("the English edition against the Chinese", () => {
  it("has every unit translated and complete (npm run i18n exits 0)", () => {
    let output: string;
    let status = 0;
    try {
      output = execFileSync(process.execPath, [join(ROOT, "tools/i18n/cli.ts")], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      const e = error as { status: number; stdout: string; stderr: string };
      status = e.status;
      output = `${e.stdout}\n${e.stderr}`;
    }
    expect(status, output).toBe(0);
    expect(output).toMatch(/ 0 missing, 0 problem\(s\)/);
  });
});
