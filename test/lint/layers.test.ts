import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { tempDir } from "../report/notebookFixture.js";

const run = promisify(execFile);
const importsPresentation =
  'import { escapeHtml } from "../report/escapeHtml.js";\nexport const shown = escapeHtml("<b>");\n';
const importsViewType =
  'import type { KpiCard } from "../view/KpiCard.js";\nexport const card: KpiCard = { name: "precision", value: "81%", status: "met" };\n';

// Linted as the text of existing files (typed linting needs a file of the project); nothing is written.
describe("layers: presentation reads the domain, never the reverse", () => {
  it("ESLint fails a domain folder's import of report/, charts/, deck/ or export/, types included", async () => {
    const eslint = new ESLint();
    for (const [file, code] of [
      ["lib/rules/index.ts", importsPresentation],
      [
        "lib/rca/index.ts",
        'import type { ReportInfo } from "../report/reportInfo.js";\nexport type Info = ReportInfo;\n',
      ],
      [
        "lib/kpi/index.ts",
        'import { barChart } from "../charts/barChart.js";\nexport const chart = barChart;\n',
      ],
    ]) {
      const [result] = await eslint.lintText(code, { filePath: file });
      expect(
        result.messages.map((m) => m.ruleId),
        file,
      ).toContain("no-restricted-imports");
      expect(result.messages.find((m) => m.ruleId === "no-restricted-imports")?.message).toMatch(
        /put the shape in lib\/view\/ or the code in lib\/report\//,
      );
    }
  });

  it("lets report/ import anything and a domain folder import view/'s shapes", async () => {
    const eslint = new ESLint();
    const [report] = await eslint.lintText(importsPresentation.replace("../report/", "./"), {
      filePath: "lib/report/index.ts",
    });
    const [domain] = await eslint.lintText(importsViewType, {
      filePath: "lib/tuning/index.ts",
    });
    for (const result of [report, domain])
      expect(result.messages.filter((m) => m.ruleId === "no-restricted-imports")).toEqual([]);
  });
});

describe("docs/API.md, the API index", () => {
  it("is current, and --check fails on a stale copy naming the fix", async () => {
    await run("node", ["scripts/api-index.mjs", "--check"]);
    const dir = await tempDir("api-index");
    const stale = join(dir, "API.md");
    const text = await readFile("docs/API.md", "utf8");
    expect(text).toContain("- `rules.loadRuleFile` (function): ");
    expect(text).toContain("## view");
    await writeFile(stale, text.replace(/^- `rules\.loadRuleFile`.*\n/m, ""));
    const failed = await run("node", ["scripts/api-index.mjs", "--check", "--file", stale]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /is stale; run node scripts\/api-index\.mjs --write/,
    );
  });
});
