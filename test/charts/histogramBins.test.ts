import { describe, expect, it } from "vitest";
import { histogramBins } from "../../lib/charts/histogramBins.js";

describe("histogramBins", () => {
  it("histogramBins counts values in [x0, x1) with the top edge in the last bin", () => {
    expect(histogramBins([0.1, 0.2, 0.5, 0.95, 1], { thresholds: 2, domain: [0, 1] })).toEqual([
      { x0: 0, x1: 0.5, count: 2 },
      { x0: 0.5, x1: 1, count: 3 },
    ]);
  });

  it("histogramBins puts edges at exact round numbers", () => {
    const bins = histogramBins([0.15, 0.3], { thresholds: 20, domain: [0, 1] });
    expect(bins).toHaveLength(20);
    expect(bins[3]).toEqual({ x0: 0.15, x1: 0.2, count: 1 });
    expect(bins[6]).toEqual({ x0: 0.3, x1: 0.35, count: 1 });
  });

  it("histogramBins defaults to Sturges' rule over the values' extent, widened to round edges", () => {
    // n = 10 → ceil(log2 10) + 1 = 5 bins requested over [12000, 99000] → step 20000.
    const prices = [12000, 15000, 18000, 22000, 25000, 31000, 45000, 52000, 99000, 60000];
    expect(histogramBins(prices).map((b) => [b.x0, b.x1, b.count])).toEqual([
      [0, 20000, 3],
      [20000, 40000, 3],
      [40000, 60000, 2],
      [60000, 80000, 1],
      [80000, 100000, 1],
    ]);
  });

  it("histogramBins uses explicit edges and leaves out values outside them", () => {
    expect(histogramBins([-1, 0, 5, 10, 11], { thresholds: [0, 5, 10] })).toEqual([
      { x0: 0, x1: 5, count: 1 },
      { x0: 5, x1: 10, count: 2 },
    ]);
  });

  it("histogramBins clamps edges to an explicit domain that is not round", () => {
    const bins = histogramBins([0.33, 0.9], { thresholds: 2, domain: [0.3, 0.9] });
    // 2 bins requested over a span of 0.6 → step 0.2 → edges 0.2…1.0, clamped to 0.3 and 0.9.
    expect(bins.map((b) => [b.x0, b.x1, b.count])).toEqual([
      [0.3, 0.4, 1],
      [0.4, 0.6, 0],
      [0.6, 0.8, 0],
      [0.8, 0.9, 1],
    ]);
  });

  it("histogramBins skips null, undefined and NaN, and returns no bins without values", () => {
    expect(histogramBins([null, undefined, NaN, 2], { thresholds: [0, 4] })).toEqual([
      { x0: 0, x1: 4, count: 1 },
    ]);
    expect(histogramBins([])).toEqual([]);
    expect(histogramBins([null, NaN])).toEqual([]);
  });

  it("histogramBins widens a single repeated value to a visible bin", () => {
    // [3, 3] widens to [2.5, 3.5]; one bin requested → step 1 → edges 2, 3, 4.
    expect(histogramBins([3, 3, 3], { thresholds: 1 })).toEqual([
      { x0: 2, x1: 3, count: 0 },
      { x0: 3, x1: 4, count: 3 },
    ]);
  });

  it("histogramBins names invalid thresholds and domains", () => {
    expect(() => histogramBins([1], { thresholds: 0 })).toThrow(
      /histogramBins: option thresholds is 0; pass a bin count >= 1 or an ascending array/,
    );
    expect(() => histogramBins([1], { thresholds: [1, 1] })).toThrow(
      /option thresholds is \[1,1\]/,
    );
    expect(() => histogramBins([1], { domain: [1, 0] })).toThrow(
      /histogramBins: option domain is \[1,0\]; pass \[min, max\] with finite min < max/,
    );
  });
});
