import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { tempDir } from "../report/notebookFixture.js";
import { externalUrls } from "../report/htmlChecks.js";

describe("notebooks/02-rule-backtest", () => {
  let result: ReportResult;
  let html: string;
  beforeAll(async () => {
    const out = await tempDir("nb02");
    result = await renderNotebookFile("notebooks/02-rule-backtest.ipynb", { outDir: out });
    html = await readFile(join(out, "02-rule-backtest.html"), "utf8");
  }, 120_000);

  it("renders on the sample data without a failing cell", () => {
    expect(result.message).toBeUndefined();
    expect(result.status).toBe("ok");
    expect(result.title).toBe("Rule backtest: the evasion wave");
  });

  it("finds that the current rules miss the wave and the normalised rule catches it", () => {
    const finding =
      /production rules caught <strong>([\d.]+)%<\/strong>.*only <strong>([\d.]+)%<\/strong>/s.exec(
        html,
      );
    expect(Number(finding?.[1])).toBeGreaterThan(90);
    expect(Number(finding?.[2])).toBeLessThan(30);
    const after = /the proposed set catches <strong>([\d.]+)%<\/strong>/.exec(html);
    expect(Number(after?.[1])).toBeGreaterThan(95);
  });

  it("reads as a report: charts, tables with n and intervals, robustness, and a computed recommendation", () => {
    const charts = [...html.matchAll(/<svg[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toContain("Precision per rule with 95% Wilson intervals");
    expect(charts.length).toBeGreaterThanOrEqual(3);
    expect(html).toContain("95% interval");
    expect(html).toMatch(/n = 20000 listings, 1087 violations/);
    expect(html).toMatch(/violations newly caught/);
    expect(html).toMatch(/still caught \(as written\)/);
    expect(html).toMatch(/Ship cf_keywords_normalized/);
  });

  it("loads nothing from outside the page", () => {
    expect(externalUrls(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });
});
