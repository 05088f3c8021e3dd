import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { averagePrecision } from "../../lib/metrics/averagePrecision.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { rocAuc } from "../../lib/metrics/rocAuc.js";
import { rocCurve } from "../../lib/metrics/rocCurve.js";
import { countScores } from "../../lib/metrics/countScores.js";

// scikit-learn values; regenerate with scripts/fixtures/sklearn_curves.py (command in its docstring).
interface Case {
  name: string;
  scores: number[];
  labels: number[];
  weights: number[] | null;
  precision: number[];
  recall: number[];
  pr_thresholds: number[];
  fpr: (number | null)[];
  tpr: (number | null)[];
  roc_thresholds: number[];
  average_precision: number;
  roc_auc: number | null;
  roc_auc_error: string | null;
}
const fixture = JSON.parse(readFileSync("test/fixtures/metrics/sklearn-curves.json", "utf8")) as {
  cases: Case[];
};

function expectClose(got: Float64Array, want: (number | null)[], label: string): void {
  expect(got.length, `${label} length`).toBe(want.length);
  want.forEach((w, i) => {
    if (w === null) expect(Number.isNaN(got[i]), `${label}[${i}] NaN`).toBe(true);
    else expect(Math.abs(got[i] - w), `${label}[${i}]: ${got[i]} vs ${w}`).toBeLessThan(1e-9);
  });
}

describe("curve metrics match scikit-learn to 1e-9", () => {
  for (const c of fixture.cases) {
    for (const resolution of ["exact", 10_000] as const) {
      // Only scores on the 4-decimal grid can be counted at resolution 10000 without rounding.
      if (resolution !== "exact" && c.scores.some((s) => Math.round(s * 1e4) / 1e4 !== s)) continue;
      it(`precisionRecallCurve, rocCurve, averagePrecision, rocAuc: ${c.name} (resolution ${resolution})`, () => {
        const counts = countScores(c.scores, c.labels, {
          resolution,
          weights: c.weights ?? undefined,
        });
        expect(counts.rounded).toBe(0);
        const pr = precisionRecallCurve(counts);
        expectClose(pr.precision, c.precision, "precision");
        expectClose(pr.recall, c.recall, "recall");
        expectClose(pr.thresholds, c.pr_thresholds, "pr thresholds");
        const roc = rocCurve(counts);
        expectClose(roc.fpr, c.fpr, "fpr");
        expectClose(roc.tpr, c.tpr, "tpr");
        expectClose(roc.thresholds, c.roc_thresholds, "roc thresholds");
        expect(Math.abs(averagePrecision(counts).value - c.average_precision)).toBeLessThan(1e-9);
        const auc = rocAuc(counts);
        if (c.roc_auc === null) {
          expect(c.roc_auc_error).toMatch(/Only one class/);
          expect(auc.value).toBeNaN();
          expect(auc.warnings.join(" ")).toMatch(/no (non-)?violations/);
        } else expect(Math.abs(auc.value - c.roc_auc)).toBeLessThan(1e-9);
      });
    }
  }

  it("precisionRecallCurve warns that recall is set to 1 when there are no violations", () => {
    const pr = precisionRecallCurve(countScores([0.1, 0.5], [0, 0]));
    expect(pr.warnings[0]).toMatch(
      /recall \(set to 1 at every threshold\) is undefined: the data has no violations/,
    );
  });
});
