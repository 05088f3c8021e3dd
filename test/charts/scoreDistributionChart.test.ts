import { describe, expect, it } from "vitest";
import { scoreDistributionChart } from "../../lib/charts/scoreDistributionChart.js";
import { expectGolden } from "./golden.js";

// Violations at rows 4, 7, 8, 9, 10: scores 0.41, 0.72, 0.9, 0.97, 1 (mean 0.8).
// Non-violations: 0.05, 0.12, 0.2, 0.33, 0.48, 0.55 (mean 1.73 / 6 = 0.288).
const scored = [0.05, 0.12, 0.2, 0.33, 0.41, 0.48, 0.55, 0.72, 0.9, 0.97, 1].map((score, i) => ({
  score,
  is_violation: i >= 7 || i === 4,
}));
const base = { score: "score", label: "is_violation", title: "counterfeit_v4 scores" } as const;

describe("scoreDistributionChart", () => {
  it("scoreDistributionChart overlays both classes with the threshold, matching the golden file", () => {
    const html = scoreDistributionChart(scored, { ...base, threshold: 0.7, thresholds: 10 });
    expectGolden("scoreDistributionChart.html", html);
    // 4 of 5 violations and 0 of 6 non-violations score >= 0.7.
    expect(html).toContain(
      'aria-description="Score distributions of 11 labelled listings: 5 violations (mean score 0.8), ' +
        "6 non-violations (mean score 0.288); at threshold 0.7, 80% of violations and 0% of " +
        'non-violations score at or above it."',
    );
    expect(html).toContain("<title>violation\nscore 0.9–1\nlistings: 3 (60% of violation)</title>");
    expect(html).toContain(
      "<title>no violation\nscore 0–0.1\nlistings: 1 (16.7% of no violation)</title>",
    );
    expect(html).toContain(">threshold 0.7</text>");
  });

  it("scoreDistributionChart puts the classes in two panels with layout facet, matching the golden file", () => {
    const html = scoreDistributionChart(scored, {
      ...base,
      threshold: 0.7,
      thresholds: 10,
      layout: "facet",
    });
    expectGolden("scoreDistributionChart-facet.html", html);
    expect(html).toContain('<g aria-label="fy-axis tick label"');
    // The threshold label appears once, in the top (violation) panel.
    expect(html.match(/>threshold 0\.7<\/text>/g)).toHaveLength(1);
  });

  it("scoreDistributionChart shows counts when normalize is false", () => {
    const html = scoreDistributionChart(scored, { ...base, normalize: false, thresholds: 2 });
    expect(html).toContain("↑ listings");
    expect(html).toContain("<title>violation\nscore 0.5–1\nlistings: 4 (80% of violation)</title>");
  });

  it("scoreDistributionChart reads string labels, a custom positive value, and leaves out unlabelled rows", () => {
    const rows = [
      { s: 0.9, decision: "violation" },
      { s: 0.2, decision: "no_violation" },
      { s: 0.5, decision: null },
      { s: 0.4, decision: "escalate" },
    ];
    const html = scoreDistributionChart(rows, { score: "s", label: "decision", title: "t" });
    expect(html).toContain("1 violations (mean score 0.9), 2 non-violations (mean score 0.3)");
    expect(html).toContain("rows without label or score left out: 1.");
    const custom = scoreDistributionChart(rows, {
      score: "s",
      label: "decision",
      positive: ["violation", "escalate"],
      title: "t",
    });
    expect(custom).toContain("2 violations (mean score 0.65), 1 non-violations (mean score 0.2)");
  });

  it("scoreDistributionChart names missing options and a non-numeric threshold", () => {
    expect(() => scoreDistributionChart(scored, { ...base, label: undefined as never })).toThrow(
      /scoreDistributionChart: option label is missing; pass it, e\.g\. \{ label: "is_violation" \}/,
    );
    expect(() => scoreDistributionChart(scored, { ...base, threshold: Number.NaN })).toThrow(
      /scoreDistributionChart: option threshold is null, which is not a finite number; pass the score cut-off/,
    );
  });
});
