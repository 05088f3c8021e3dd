import { describe, expect, it } from "vitest";
import { psiChart } from "../../lib/charts/psiChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";

describe("psiChart", () => {
  const points = [
    { end: "2026-10-01T01:00:00.000Z", psi: 0.05, family: "counterfeit" },
    { end: "2026-10-01T02:00:00.000Z", psi: 0.41, family: "counterfeit" },
  ];

  it("psiChart draws PSI per family against the alarm threshold, labelled", () => {
    const html = psiChart(points, { title: "Score drift", threshold: 0.3 });
    expect(html).toBe(
      timeSeriesChart(points, {
        title: "Score drift",
        yLabel: "PSI",
        x: "end",
        y: "psi",
        z: "family",
        dots: false,
        target: 0.3,
        targetLabel: "alarm at PSI 0.3",
      }),
    );
    expect(html).toContain("alarm at PSI 0.3");
  });

  it("psiChart takes another axis label", () => {
    const html = psiChart(points, { title: "Score drift", threshold: 0.25, yLabel: "drift" });
    expect(html).toContain("alarm at PSI 0.25");
    expect(html).toBe(
      timeSeriesChart(points, {
        title: "Score drift",
        yLabel: "drift",
        x: "end",
        y: "psi",
        z: "family",
        dots: false,
        target: 0.25,
        targetLabel: "alarm at PSI 0.25",
      }),
    );
  });
});
