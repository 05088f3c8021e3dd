import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { tempDir } from "../report/notebookFixture.js";
import { externalUrls } from "../report/htmlChecks.js";

describe("notebooks/05-stream-monitor", () => {
  let result: ReportResult;
  let html: string;
  beforeAll(async () => {
    const out = await tempDir("nb05");
    result = await renderNotebookFile("notebooks/05-stream-monitor.ipynb", { outDir: out });
    html = await readFile(join(out, "05-stream-monitor.html"), "utf8");
  }, 120_000);

  it("renders on the sample data with volume, precision and drift charts", () => {
    expect([result.status, result.message]).toEqual(["ok", undefined]);
    const charts = [...html.matchAll(/<svg[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(
      expect.arrayContaining([
        "Events per day in the replayed stream",
        "Reviewer-confirmed precision per day, from the stream",
        "Counterfeit score drift (PSI, 24 h against the previous 7 days)",
      ]),
    );
    expect(externalUrls(html)).toEqual([]);
  });

  it("reports the drift alarm at the counterfeit_v4 rollout and how many hours after it fired", () => {
    const m =
      /PSI reached [\d.]+ at [\d-]+ [\d:]+, <strong>(\d+) hours after the counterfeit_v4 rollout<\/strong> \(INC-2026-001/.exec(
        html,
      );
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(Number(m![1])).toBeLessThan(24);
    expect(html).toMatch(/Other drift alarms:<\/strong> none in 90 days/);
    expect(html).toMatch(/the only differences are in 2026-10-19, 2026-10-20/);
  });
});
