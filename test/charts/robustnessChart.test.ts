import { describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/barChart.js";
import { robustnessChart } from "../../lib/charts/robustnessChart.js";

const rows = [
  { rule: "cf_keywords", kind: "leetspeak" as const, caught: 120, as_written: 0.25, normalized: 1 },
  { rule: "cf_keywords", kind: "spaced" as const, caught: 120, as_written: 0.5, normalized: 0.9 },
];

describe("robustnessChart", () => {
  it("robustnessChart draws one bar per disguise and rule of the share still caught as written", () => {
    const html = robustnessChart(rows, { title: "Still caught" });
    expect(html).toBe(
      barChart(
        rows.map((r) => ({ ...r, bar: `${r.kind} · ${r.rule}` })),
        {
          x: "bar",
          y: "as_written",
          fill: "rule",
          horizontal: true,
          valueLabels: true,
          yFormat: "percent",
          yDomain: [0, 1],
          xLabel: "disguise · rule",
          yLabel: "still caught, rule as written",
          title: "Still caught",
        },
      ),
    );
    expect(html).toContain("leetspeak · cf_keywords");
  });
});
