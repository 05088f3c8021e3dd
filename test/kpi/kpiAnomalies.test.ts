import { describe, expect, it } from "vitest";
import { kpiAnomalies } from "../../lib/kpi/kpiAnomalies.js";
import type { KpiValue } from "../../lib/kpi/KpiValue.js";

const series = (values: number[], dimensions: Record<string, string> = {}): KpiValue[] =>
  values.map((value, i) => ({
    kpi: "precision",
    title: "Precision",
    area: "enforcement",
    format: "percent",
    period: `2026-10-${String(i + 1).padStart(2, "0")}`,
    grain: "day",
    partial: false,
    dimensions,
    value,
    n: 100,
    status: "no_target",
  }));

describe("kpiAnomalies", () => {
  it("kpiAnomalies flags a drop against the median and MAD of the previous periods, with an explanation", () => {
    // Baseline 0.90, 0.92, 0.88, 0.91, 0.89, 0.90, 0.93: median 0.90, MAD 0.01, scale 0.014826.
    const found = kpiAnomalies(series([0.9, 0.92, 0.88, 0.91, 0.89, 0.9, 0.93, 0.71]));
    expect(found).toHaveLength(1);
    expect(found[0].median).toBeCloseTo(0.9, 12);
    expect(found[0].scale).toBeCloseTo(0.014826, 6);
    expect(found[0].score).toBeCloseTo(-0.19 / 0.014826, 6);
    expect(found[0].explanation).toBe(
      "Precision 71.0% on 2026-10-08, 12.8 MADs under the 7-period median (90.0%)",
    );
  });

  it("kpiAnomalies needs minHistory values and keeps series of different dimensions apart", () => {
    expect(kpiAnomalies(series([0.9, 0.9, 0.1]))).toEqual([]);
    const a = series([1, 1, 1, 1, 1, 1, 1, 1], { queue: "a" });
    const b = series([5, 5, 5, 5, 5, 5, 5, 5], { queue: "b" });
    expect(kpiAnomalies([...a, ...b])).toEqual([]);
  });

  it("kpiAnomalies falls back to the mean absolute deviation when the MAD is 0, and skips NaN", () => {
    const found = kpiAnomalies(series([1, 1, 1, 1, 1, 1, 3, NaN, 9]), { minHistory: 6 });
    // History of the 9: [1,1,1,1,1,1,3] → median 1, MAD 0, mean abs dev 2/7 × 1.2533.
    expect(found.map((f) => f.period)).toEqual(["2026-10-07", "2026-10-09"]);
    expect(found[1].scale).toBeCloseTo((1.2533 * 2) / 7, 9);
    const flat = kpiAnomalies(series([2, 2, 2, 2, 2, 2, 2, 3]));
    expect(flat[0].score).toBe(Infinity);
    expect(flat[0].explanation).toMatch(/∞ MADs over/);
  });
});
