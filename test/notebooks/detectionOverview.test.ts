import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { periodStart } from "../../lib/time/periodStart.js";
import { collectRunContext } from "../../lib/report/collectRunContext.js";
import type { RunContext } from "../../lib/report/RunContext.js";
import { renderNotebook, sampleDatasetWith, type RenderedNotebook } from "./harness.js";

interface Incident {
  kind: string;
  start: string;
  end: string;
  segment: Record<string, string>;
}

describe("notebooks/01-detection-overview", () => {
  let page: RenderedNotebook;
  let html: string;
  let incidents: Incident[];
  let context: RunContext;
  beforeAll(async () => {
    context = await collectRunContext();
    page = await renderNotebook("01-detection-overview", { context });
    html = page.html;
    incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as Incident[];
  }, 300_000);

  it("renders on the sample data without a failing cell", () => {
    expect(page.result.message).toBeUndefined();
    expect(page.result.status).toBe("ok");
    expect(page.result.title).toBe("Detection overview");
  });

  it("reads as a report: contents, accessible charts, tables with n and intervals, findings", () => {
    expect(html).toContain('<nav class="toc"');
    const charts = page.charts;
    expect(charts.length).toBeGreaterThanOrEqual(5);
    expect(charts).toContain("Reviewer-confirmed precision by queue and week");
    expect(html).toContain("decided (n)");
    expect(html).toContain("95% interval");
    expect(html).toMatch(
      /<strong>Overall<\/strong>, reviewers confirmed <strong>\d+\.\d%<\/strong>/,
    );
  });

  it("finds the documented feed gap and the over-broad rule change", () => {
    const gap = incidents.find((i) => i.kind === "feed_gap")!;
    expect(html).toContain(`reviews are missing for ${periodStart(gap.start, "day")}`);
    // Reviews of the flood are decided while it lasts and just after: the worst week is one the incident spans.
    const ruleChange = incidents.find((i) => i.kind === "rule_change")!;
    const weeks = [periodStart(ruleChange.start, "week"), periodStart(ruleChange.end, "week")];
    const worst = /Worst week:<\/strong> (\w+) in the week of (\d{4}-\d{2}-\d{2})/.exec(html);
    expect(worst?.[1]).toBe("contact");
    expect(weeks).toContain(worst?.[2]);
    expect(html).toContain(`start with <code>rule:${ruleChange.segment.rule}</code>`);
  });

  it("loads nothing from outside the page", () => {
    expect(page.externalUrls()).toEqual([]);
    // No script but the kit's own, pinned by its hash in the page's CSP.
    expect(page.scriptProblems()).toEqual([]);
  });

  it("gives byte-identical HTML for the same inputs and parameters", async () => {
    // Same inputs: the same code and data (the context), the same parameters.
    const again = await renderNotebook("01-detection-overview", { context, fresh: true });
    expect(again.html).toBe(html);
  }, 300_000);

  it("reruns for another report date with --param date and days", async () => {
    const rerun = await renderNotebook("01-detection-overview", {
      parameters: { date: "2026-10-15", days: "28" },
    });
    expect(rerun.result).toMatchObject({
      status: "ok",
      parameters: { date: "2026-10-15", days: 28 },
    });
    expect(rerun.html).toMatch(/review decisions from 2026-09-18 to 2026-10-15/);
  }, 300_000);

  it("runs on a dataset without reviews: one line says what that turns off, the rest renders", async () => {
    const dataset = await sampleDatasetWith({
      zone: "Asia/Seoul",
      tables: ["listings", "sellers", "flags"],
    });
    const rerun = await renderNotebook("01-detection-overview", { dataset });
    expect(rerun.result.message).toBeUndefined();
    expect(rerun.html).toContain(
      "no reviews table in the dataset: reviewer-confirmed precision is not measured",
    );
    expect(rerun.html).toContain("Share of new listings flagged, by week");
  }, 300_000);
});
