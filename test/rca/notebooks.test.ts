import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { tempDir } from "../report/notebookFixture.js";
import { externalUrls } from "../report/htmlChecks.js";
import { periodStart } from "../../lib/time/periodStart.js";

interface Incident {
  id: string;
  kind: string;
  start: string;
  end: string;
  segment: Record<string, string | string[]>;
}

describe("notebooks/06-root-cause", () => {
  let result: ReportResult;
  let html: string;
  let incidents: Incident[];
  beforeAll(async () => {
    const out = await tempDir("nb06");
    result = await renderNotebookFile("notebooks/06-root-cause.ipynb", { outDir: out });
    html = await readFile(join(out, "06-root-cause.html"), "utf8");
    incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as Incident[];
  }, 120_000);

  it("renders on the sample data and reads as a report: charts, tables with n, findings", () => {
    expect(result.message).toBeUndefined();
    expect(result.status).toBe("ok");
    const charts = [...html.matchAll(/<svg[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(charts).toContain("Reviewer-confirmed precision by week");
    expect(charts.some((c) => c.startsWith("What moved precision, by"))).toBe(true);
    expect(charts.some((c) => c.startsWith("Precision before and after, by"))).toBe(true);
    expect(html).toContain("baseline n");
    expect(html).toMatch(/95% CI \d+\.\d%–\d+\.\d%/);
    expect(html).toContain("<strong>Findings</strong>");
  });

  it("explains the worst week by the over-broad rule change", () => {
    const change = incidents.find((i) => i.kind === "rule_change")!;
    const weeks = [periodStart(change.start, "week"), periodStart(change.end, "week")];
    const explained = /explaining the week of (\d{4}-\d{2}-\d{2})/.exec(html)?.[1];
    expect(weeks).toContain(explained);
    expect(html).toMatch(
      new RegExp(
        `Where:</strong> <strong>detector = rule:${change.segment.rule as string}</strong>`,
      ),
    );
    expect(html).toContain(`start with <code>rule:${change.segment.rule as string}</code>`);
  });

  it("loads nothing from outside the page", () => {
    expect(externalUrls(html)).toEqual([]);
    expect(html).not.toMatch(/<script/i);
  });
});
