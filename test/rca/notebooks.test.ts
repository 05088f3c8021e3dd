import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { periodStart } from "../../lib/time/periodStart.js";
import {
  renderNotebook,
  sampleDatasetWithout,
  type RenderedNotebook,
} from "../notebooks/harness.js";

interface Incident {
  id: string;
  kind: string;
  start: string;
  end: string;
  segment: Record<string, string | string[]>;
}

describe("notebooks/06-root-cause", () => {
  let page: RenderedNotebook;
  let html: string;
  let incidents: Incident[];
  beforeAll(async () => {
    page = await renderNotebook("06-root-cause");
    html = page.html;
    incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as Incident[];
  }, 300_000);

  it("renders on the sample data and reads as a report: charts, tables with n, findings", () => {
    expect(page.result.message).toBeUndefined();
    expect(page.result.status).toBe("ok");
    const charts = page.charts;
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

  it("drops the seller dimensions with one line on a dataset without sellers, and still explains the week", async () => {
    const dataset = await sampleDatasetWithout("sellers");
    const rerun = await renderNotebook("06-root-cause", { dataset });
    expect([rerun.result.status, rerun.result.message]).toEqual(["ok", undefined]);
    expect(rerun.html).toContain(
      "no sellers table in the dataset: no breakdown by seller tier or seller country",
    );
    expect(rerun.html).not.toContain("seller_tier =");
    expect(/explaining the week of (\d{4}-\d{2}-\d{2})/.exec(rerun.html)?.[1]).toBe(
      /explaining the week of (\d{4}-\d{2}-\d{2})/.exec(html)?.[1],
    );
  }, 300_000);

  it("loads nothing from outside the page", () => {
    expect(page.externalUrls()).toEqual([]);
    expect(page.scriptProblems()).toEqual([]);
  });
});

describe("notebooks/07-post-mortem", () => {
  let page: RenderedNotebook;
  let html: string;
  let ruleChange: string;
  let incidents: Incident[];
  beforeAll(async () => {
    page = await renderNotebook("07-post-mortem");
    html = page.html;
    const rule = await renderNotebook("07-post-mortem", {
      parameters: { incidentId: "INC-2026-003" },
    });
    expect(rule.result.status).toBe("ok");
    ruleChange = rule.html;
    incidents = JSON.parse(await readFile("data/incidents.json", "utf8")) as Incident[];
  }, 300_000);

  it("renders the evasion incident by default with every post-mortem section", () => {
    expect(page.result.message).toBeUndefined();
    expect(page.result.status).toBe("ok");
    for (const section of [
      "Summary",
      "Timeline",
      "Impact",
      "Root cause",
      "What the fix does",
      "Action items",
    ])
      expect(html).toContain(`>${section}</h2>`);
    expect(html).toContain("INC-2026-002");
  });

  it("computes the evasion wave's impact, root cause and fix from the data", () => {
    const wave = incidents.find((i) => i.id === "INC-2026-002")!;
    const measured = (wave as unknown as { detection: { measured: Record<string, number> } })
      .detection.measured;
    // Counterfeit recall during the wave, as measured by the generator.
    expect(html).toContain(
      `${(measured.counterfeit_recall_any_detector_during * 100).toFixed(1)}%`,
    );
    expect(html).toMatch(
      /Root cause located:<\/strong> <strong>category = bags, seller_tier = new, seller_country = (CN|HK)<\/strong>/,
    );
    expect(html).toContain(
      `catches ${190} of ${190} (100.0%) wave listings against 0 of 190 (0.0%) as written`,
    );
    // Times are on the dataset's clock; the zone is named once, in the table's caption.
    expect(html).toMatch(/First detection by people<\/td><td>2026-09-\d\d \d\d:\d\d</);
    expect(html).toContain("Times in Asia/Seoul.");
    // The fix is replayed with the rules module's backtest over the engine's chunks, and it adds no
    // false positive here.
    expect(html).toContain(
      "cf_keywords replayed on every listing created in the window (compareRuleSetsDataset)",
    );
    expect(html).toMatch(/newly catches 190 violations and adds 0 false positives/);
    expect(page.externalUrls()).toEqual([]);
  });

  it("takes another incident id: the rule change's fix is the rolled-back version, replayed", () => {
    expect(ruleChange).toContain("INC-2026-003");
    expect(ruleChange).toMatch(
      /Root cause located:<\/strong> <strong>detector = rule:contact_phone<\/strong>/,
    );
    expect(ruleChange).toMatch(/On the same listings, v3 fires \d+ times instead of 179/);
  });
});
