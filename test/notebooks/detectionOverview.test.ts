import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebookFile } from "../../lib/report/renderNotebookFile.js";
import type { ReportResult } from "../../lib/report/ReportResult.js";
import { tempDir } from "../report/notebookFixture.js";
import { externalUrls, scriptProblems } from "../report/htmlChecks.js";
import { interactiveScript } from "../../lib/report/interactiveScript.js";
import { periodStart } from "../../lib/time/periodStart.js";
import { collectRunContext } from "../../lib/report/collectRunContext.js";
import type { RunContext } from "../../lib/report/RunContext.js";

interface Incident {
  kind: string;
  start: string;
  end: string;
  segment: Record<string, string>;
}

describe("notebooks/01-detection-overview", () => {
  let result: ReportResult;
  let html: string;
  let incidents: Incident[];
  let context: RunContext;
  beforeAll(async () => {
    const out = await tempDir("nb01");
    context = await collectRunContext();
    result = await renderNotebookFile("notebooks/01-detection-overview.ipynb", {
      outDir: out,
      context,
    });
    html = await readFile(join(out, "01-detection-overview.html"), "utf8");
    incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as Incident[];
  }, 300_000);

  it("renders on the sample data without a failing cell", () => {
    expect(result.message).toBeUndefined();
    expect(result.status).toBe("ok");
    expect(result.title).toBe("Detection overview");
  });

  it("reads as a report: contents, accessible charts, tables with n and intervals, findings", () => {
    expect(html).toContain('<nav class="toc"');
    const charts = [...html.matchAll(/<svg[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
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
    expect(externalUrls(html)).toEqual([]);
    // No script but the kit's own, pinned by its hash in the page's CSP.
    expect(scriptProblems(html, interactiveScript)).toEqual([]);
  });

  it("gives byte-identical HTML for the same inputs and parameters", async () => {
    const again = await tempDir("nb01-again");
    // Same inputs: the same code and data (the context), the same parameters.
    await renderNotebookFile("notebooks/01-detection-overview.ipynb", { outDir: again, context });
    expect(await readFile(join(again, "01-detection-overview.html"), "utf8")).toBe(html);
  }, 300_000);

  it("reruns for another report date with --param date and days", async () => {
    const out = await tempDir("nb01-date");
    const rerun = await renderNotebookFile("notebooks/01-detection-overview.ipynb", {
      outDir: out,
      parameters: { date: "2026-10-15", days: "28" },
    });
    expect(rerun).toMatchObject({ status: "ok", parameters: { date: "2026-10-15", days: 28 } });
    const page = await readFile(join(out, "01-detection-overview.html"), "utf8");
    expect(page).toMatch(/review decisions from 2026-09-18 to 2026-10-15/);
  }, 300_000);

  it("runs on a dataset without reviews: one line says what that turns off, the rest renders", async () => {
    const out = await tempDir("nb01-no-reviews");
    const data = resolve("data");
    const yaml = resolve(out, "tns.yaml");
    await writeFile(
      yaml,
      [
        "zone: Asia/Seoul",
        "tables:",
        ...["listings", "sellers", "flags"].map((t) => `  ${t}: { path: ${data}/${t}.csv }`),
      ].join("\n"),
    );
    const rerun = await renderNotebookFile("notebooks/01-detection-overview.ipynb", {
      outDir: out,
      parameters: { dataset: yaml },
    });
    expect(rerun.message).toBeUndefined();
    const page = await readFile(join(out, "01-detection-overview.html"), "utf8");
    expect(page).toContain(
      "no reviews table in the dataset: reviewer-confirmed precision is not measured",
    );
    expect(page).toContain("Share of new listings flagged, by week");
  }, 300_000);
});
