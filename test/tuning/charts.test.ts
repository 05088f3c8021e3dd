import { describe, expect, it } from "vitest";
import { calibrationChart } from "../../lib/charts/calibrationChart.js";
import { precisionRecallChart } from "../../lib/charts/precisionRecallChart.js";
import { thresholdCurveChart } from "../../lib/charts/thresholdCurveChart.js";
import { thresholdTradeoffChart } from "../../lib/charts/thresholdTradeoffChart.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { labelledSample } from "../../lib/metrics/LabelledSample.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { reliabilityTable } from "../../lib/metrics/reliabilityTable.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { thresholdBands } from "../../lib/tuning/thresholdBands.js";

const counts = countScores(
  [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1],
  [1, 1, 0, 1, 0, 1, 0, 0, 0, 0],
);

describe("threshold charts", () => {
  it("thresholdBands gives each metric with a band that contains the estimate", () => {
    const bands = thresholdBands(labelledSample(counts), { step: 0.1, replicates: 50 });
    const at = bands.find((b) => b.threshold === 0.6 && b.metric === "precision")!;
    expect(at.estimate).toBe(0.75);
    expect(at.lower).toBeLessThanOrEqual(0.75);
    expect(bands.find((b) => b.threshold === 0.6 && b.metric === "flag rate")!.estimate).toBe(0.4);
  });

  it("the tuning charts render SVG with accessible names and escape text", () => {
    const r = recommendThreshold(counts, {
      minPrecision: 0.75,
      days: 1,
      current: 0.8,
      replicates: 20,
    });
    const svgs = [
      thresholdTradeoffChart(
        thresholdBands(labelledSample(counts), { step: 0.1, replicates: 20 }),
        { title: "Trade-off <b>", current: 0.8, recommended: r.threshold },
      ),
      precisionRecallChart(precisionRecallCurve(counts), {
        title: "PR curve",
        markers: [{ label: "current <0.80>", precision: 1, recall: 0.5 }],
        minPrecision: 0.75,
      }),
      thresholdCurveChart(r.points, {
        title: "Capacity",
        y: "flagsPerDay",
        limit: 4,
        recommended: r.threshold,
      }),
      thresholdCurveChart(r.points, { title: "Cost", y: "cost" }),
      calibrationChart(reliabilityTable(counts, { bins: 5 }), { title: "Calibration" }),
    ];
    for (const svg of svgs) expect(svg).toMatch(/aria-label="[^"]+"/);
    expect(svgs.join("")).not.toContain("<b>");
    expect(svgs[1]).toContain("current &lt;0.80&gt;");
  });
});
