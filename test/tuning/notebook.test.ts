import { beforeAll, describe, expect, it } from "vitest";
import { renderNotebook, sampleDatasetWith, type RenderedNotebook } from "../notebooks/harness.js";

describe("notebooks/03-threshold-tuning", () => {
  let page: RenderedNotebook;
  let html: string;
  beforeAll(async () => {
    page = await renderNotebook("03-threshold-tuning");
    html = page.html;
  }, 300_000);

  it("renders on the sample data and reads as a report: cards, charts, tables with n and intervals", () => {
    expect(page.result.message).toBeUndefined();
    expect(page.result.status).toBe("ok");
    const charts = page.charts;
    expect(charts).toContain("counterfeit_v4: precision, recall, F1 and queue rate by threshold");
    expect(charts).toContain("counterfeit_v4: precision–recall curve");
    expect(charts).toContain("Calibration: observed violation rate by score");
    // The cards word a change as a decision only when the targets hold with 90% confidence and the
    // stability check held: on the sample, counterfeit_v4 sits on its capacity and contact_v1's
    // re-tune did not hold on the second half of the period.
    expect(html).toContain("counterfeit_v4: not enough evidence yet");
    expect(html).toContain("Not yet a decision: the estimate favours 0.82 (now 0.80)");
    expect(html).toContain("contact_v1: not confirmed on the next period");
    expect(html).not.toMatch(/card-action">(Raise|Lower)/);
    expect(html).toMatch(/precision \d+\.\d% → \d+\.\d% \[\d+\.\d%–\d+\.\d%\]/);
    expect(html).toContain("Based on ground truth of");
    expect(html).toMatch(/precision from \d+ reviewer decisions on \d+ flagged listings/);
  });

  it("finds the calibration shift: v4 flags more than v3 on the same listings at 0.80", () => {
    const m = /At 0\.8 the new scores flag (\d+\.\d)% of listings instead of (\d+\.\d)%/.exec(html);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(Number(m![2]));
    expect(html).toMatch(/PSI 0\.\d\d \((moderate|major)\)/);
  });

  it("loads nothing from outside the page", () => {
    expect(page.externalUrls()).toEqual([]);
    expect(page.scriptProblems()).toEqual([]);
  });

  it("finds the rollout from the data: the retired model whose queue the active one took over", () => {
    expect(html).toMatch(
      /counterfeit_v4 went live on \d{4}-\d{2}-\d{2} in place of counterfeit_v3/,
    );
  });

  it("runs on a dataset without model scores: one line, and the report still renders", async () => {
    const dataset = await sampleDatasetWith({
      zone: "Asia/Seoul",
      tables: ["listings", "flags", "reviews", "audits"],
    });
    const rerun = await renderNotebook("03-threshold-tuning", { dataset });
    expect(rerun.result.message).toBeUndefined();
    expect(rerun.html).toContain(
      "no model_scores table in the dataset: model thresholds are not tuned",
    );
  }, 300_000);
});
