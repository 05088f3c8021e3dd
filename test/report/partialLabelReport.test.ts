import { describe, expect, it } from "vitest";
import type { ThresholdEstimate } from "../../lib/metrics/thresholdEstimate.js";
import { partialLabelFinding } from "../../lib/report/partialLabelFinding.js";
import { partialLabelTable } from "../../lib/report/partialLabelTable.js";
import type { PartialLabelComparison } from "../../lib/tuning/partialLabelComparison.js";

/** The fields of an estimate the report reads. */
const estimate = (precision: number[], recall: number[], basis: string) =>
  ({
    precision: { estimate: precision[0], lower: precision[1], upper: precision[2] },
    recall: { estimate: recall[0], lower: recall[1], upper: recall[2] },
    basis,
  }) as unknown as ThresholdEstimate;

const comparison = (covers: boolean): PartialLabelComparison => ({
  model: "cf_v2",
  threshold: 0.8,
  audited: 120,
  estimated: estimate([0.9, 0.85, 0.95], [0.61, 0.482, 0.729], "412 reviews and 120 audits"),
  truth: estimate([0.91, 0.89, 0.93], covers ? [0.64, 0.6, 0.68] : [0.8, 0.78, 0.82], "truth"),
  covers,
});

describe("partialLabelTable", () => {
  it("partialLabelTable shows reviews + audits and the ground truth with intervals and their basis", () => {
    const html = partialLabelTable(comparison(true));
    expect(html).toContain(
      "cf_v2 at its current threshold 0.80, violations of any policy. 95% intervals: seeded bootstrap within strata (reviews; each audit stratum).",
    );
    expect(html).toContain("reviews + audits (IPW)");
    expect(html).toContain("90.0% [85.0%–95.0%]");
    expect(html).toContain("61.0% [48.2%–72.9%]");
    expect(html).toContain("412 reviews and 120 audits");
    expect(html.indexOf("reviews + audits (IPW)")).toBeLessThan(html.indexOf("ground truth"));
  });
});

describe("partialLabelFinding", () => {
  it("partialLabelFinding says the audit-weighted interval contains the truth, and its width", () => {
    expect(partialLabelFinding(comparison(true))).toBe(
      "The audit-weighted recall 61.0% [48.2%–72.9%] contains the ground-truth recall 64.0%; with 120 audits its interval is 25 points wide — the audit sample, not the model, limits what we can say about recall.",
    );
  });

  it("partialLabelFinding says when the interval misses the truth", () => {
    expect(partialLabelFinding(comparison(false))).toMatch(
      /72\.9%\] does not contain the ground-truth recall 80\.0%;/,
    );
  });
});
