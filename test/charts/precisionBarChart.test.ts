import { describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/barChart.js";
import { precisionBarChart } from "../../lib/charts/precisionBarChart.js";

const rows = [
  { queue: "contact", precision: 0.62, lower: 0.55, upper: 0.69 },
  { queue: "counterfeit", precision: 0.91, lower: 0.88, upper: 0.94 },
];

describe("precisionBarChart", () => {
  it("precisionBarChart draws precision with its lower–upper whiskers on a percent axis", () => {
    const html = precisionBarChart(rows, { x: "queue", title: "Precision by queue" });
    expect(html).toBe(
      barChart(rows, {
        x: "queue",
        y: "precision",
        lower: "lower",
        upper: "upper",
        yFormat: "percent",
        title: "Precision by queue",
      }),
    );
    expect(html).toContain("%");
  });

  it("precisionBarChart reads the interval from other fields when given", () => {
    const backtest = rows.map((r) => ({
      id: r.queue,
      precision: r.precision,
      precision_low: r.lower,
      precision_high: r.upper,
    }));
    expect(
      precisionBarChart(backtest, {
        x: "id",
        lower: "precision_low",
        upper: "precision_high",
        title: "Precision per rule",
      }),
    ).toBe(precisionBarChart(rows, { x: "queue", xLabel: "id", title: "Precision per rule" }));
  });
});
