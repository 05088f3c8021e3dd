import { describe, expect, it } from "vitest";
import { beforeAfterChart } from "../../lib/charts/beforeAfterChart.js";
import { rootCauseChart } from "../../lib/charts/rootCauseChart.js";
import { rcaCause, rcaResult } from "../report/rcaFixtures.js";

describe("rootCauseChart", () => {
  it("rootCauseChart draws each cause before and during, named by its values, in percent for a ratio", () => {
    const result = rcaResult("ratio", [
      rcaCause({}),
      rcaCause({ segment: { category: "shoes" }, baseline: 0.8, current: null }),
    ]);
    const html = rootCauseChart(result, { title: "Causes" });
    expect(html).toBe(
      beforeAfterChart(
        [
          { label: "bags · new", baseline: 0.92, current: 0.41 },
          { label: "shoes", baseline: 0.8, current: null },
        ],
        { title: "Causes", format: "percent" },
      ),
    );
    expect(html).toContain("bags · new");
  });

  it("rootCauseChart shows an additive KPI's sums as numbers", () => {
    const result = rcaResult("additive", [rcaCause({ baseline: 12, current: 40 })]);
    expect(rootCauseChart(result, { title: "Causes" })).toBe(
      beforeAfterChart([{ label: "bags · new", baseline: 12, current: 40 }], {
        title: "Causes",
        format: "number",
      }),
    );
  });
});
