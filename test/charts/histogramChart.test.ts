import { describe, expect, it } from "vitest";
import { histogramChart } from "../../lib/charts/histogramChart.js";
import { expectGolden } from "./golden.js";

const prices = [12000, 15000, 18000, 22000, 25000, 31000, 45000, null, 52000, 99000].map(
  (price_krw) => ({ price_krw }),
);
const base = { x: "price_krw", title: "Listing prices" } as const;

describe("histogramChart", () => {
  it("histogramChart bins a column with tooltips per bin, matching the golden file", () => {
    const html = histogramChart(prices, { ...base, xFormat: "krw", unit: "listings" });
    expectGolden("histogramChart.html", html);
    // The empty ₩60,000–₩80,000 bin draws nothing.
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual([
      "price krw ₩0–₩20,000\nlistings: 3 (33.3%)",
      "price krw ₩20,000–₩40,000\nlistings: 3 (33.3%)",
      "price krw ₩40,000–₩60,000\nlistings: 2 (22.2%)",
      "price krw ₩80,000–₩100,000\nlistings: 1 (11.1%)",
    ]);
    expect(html).toContain(
      'aria-description="Histogram of price krw (listings: 9) in 5 bins from ₩0 to ₩100,000; ' +
        'most in ₩0–₩20,000 (3); missing values left out: 1."',
    );
  });

  it("histogramChart honours explicit thresholds and a function accessor", () => {
    const html = histogramChart(prices, {
      ...base,
      x: (d) => (d.price_krw === null ? null : d.price_krw / 1000),
      thresholds: [0, 50, 100],
    });
    expect(html).toContain("<title>value 0–50\nrows: 7 (77.8%)</title>");
    expect(html).toContain("<title>value 50–100\nrows: 2 (22.2%)</title>");
  });

  it("histogramChart says No data when nothing can be binned", () => {
    const html = histogramChart([{ price_krw: null }], base);
    expect(html).toContain(">No data</text>");
  });

  it("histogramChart names a missing x option", () => {
    expect(() => histogramChart(prices, { title: "t" } as never)).toThrow(
      /histogramChart: option x is missing; pass it, e\.g\. \{ x: "price_krw" \}/,
    );
  });
});
