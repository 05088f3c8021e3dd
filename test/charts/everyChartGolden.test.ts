import { describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/barChart.js";
import { calibrationChart } from "../../lib/charts/calibrationChart.js";
import { estimateTextWidth } from "../../lib/charts/estimateTextWidth.js";
import { precisionRecallChart } from "../../lib/charts/precisionRecallChart.js";
import { thresholdCurveChart } from "../../lib/charts/thresholdCurveChart.js";
import { thresholdTradeoffChart } from "../../lib/charts/thresholdTradeoffChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { labelledSample } from "../../lib/metrics/LabelledSample.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { reliabilityTable } from "../../lib/metrics/reliabilityTable.js";
import { beforeAfterChart } from "../../lib/charts/beforeAfterChart.js";
import { contributionWaterfallChart } from "../../lib/charts/contributionWaterfallChart.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { thresholdBands } from "../../lib/tuning/thresholdBands.js";
import { expectGolden } from "./golden.js";

// Issue 11: a golden file for every chart, and the defects readers saw, each checked.
const counts = countScores(
  Array.from({ length: 200 }, (_, i) => (i + 0.5) / 200),
  Array.from({ length: 200 }, (_, i) => (i > 120 ? i % 5 !== 0 : i % 7 === 0)),
);
const r = recommendThreshold(counts, {
  minPrecision: 0.75,
  days: 10,
  current: 0.8,
  step: 0.01,
  replicates: 30,
});

/** The text elements of an SVG with their x position and anchor. */
function texts(svg: string): { x: number; text: string }[] {
  return [...svg.matchAll(/<text[^>]*?(?:x="([\d.]+)")?[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    x: Number(m[1] ?? 0),
    text: m[2],
  }));
}

describe("every chart has a golden file", () => {
  it("precision–recall curve: neighbouring markers' labels do not overlap", () => {
    const svg = precisionRecallChart(precisionRecallCurve(counts), {
      title: "PR curve",
      markers: [
        { label: "current 0.85", precision: 0.8, recall: 0.5 },
        { label: "recommended 0.86", precision: 0.81, recall: 0.49 },
      ],
      minPrecision: 0.75,
    });
    expectGolden("precisionRecallChart.html", svg);
    const dy = (label: string) =>
      new RegExp(
        `<g[^>]*transform="translate\\(8,(-?[\\d.]+)\\)"[^>]*>\\s*<text[^>]*>${label}`,
      ).exec(svg)?.[1];
    // The higher point's label above it, the lower one's below: apart, each beside its own dot.
    expect(Number(dy("current 0.85")) - Number(dy("recommended 0.86"))).toBeGreaterThanOrEqual(20);
  });

  it("threshold trade-off, capacity and cost curves, calibration", () => {
    expectGolden(
      "thresholdTradeoffChart.html",
      thresholdTradeoffChart(
        thresholdBands(labelledSample(counts), { step: 0.05, replicates: 30 }),
        {
          title: "Trade-off",
          current: 0.8,
          recommended: r.threshold,
        },
      ),
    );
    expectGolden(
      "thresholdCurveChart.html",
      thresholdCurveChart(r.points, {
        title: "Capacity",
        y: "flagsPerDay",
        limit: 4,
        current: 0.8,
        recommended: r.threshold,
      }),
    );
    expectGolden(
      "calibrationChart.html",
      calibrationChart(reliabilityTable(counts, { bins: 5 }), { title: "Calibration" }),
    );
  });

  it("bar chart: a value label at 100% fits inside the chart, and axis labels are words", () => {
    const svg = barChart(
      [
        { as_written: 1, rule_id: "cf_keywords_normalized" },
        { as_written: 0.42, rule_id: "cf_keywords" },
      ],
      {
        title: "Still caught",
        x: "rule_id",
        y: "as_written",
        horizontal: true,
        valueLabels: true,
        yFormat: "percent",
        yDomain: [0, 1],
        width: 640,
      },
    );
    expectGolden("barChart-valueLabels.html", svg);
    expect(svg).toContain(">as written");
    expect(svg).not.toContain(">as_written");
    const label = texts(svg).find((t) => t.text === "100.0%" || t.text === "100%");
    expect(label).toBeDefined();
    // The label starts past the bar's end (x = plot's right edge) and must end inside the 640 px chart.
    const right =
      /<g[^>]*transform="translate\(([\d.]+),[\d.]+\)"[^>]*>\s*<text[^>]*>100(?:\.0)?%/.exec(svg);
    expect(right).not.toBeNull();
    expect(Number(right![1]) + 6 + estimateTextWidth(label!.text)).toBeLessThanOrEqual(640);
  });

  it("time series: a partial period is drawn hollow on a dashed segment and said so", () => {
    const svg = timeSeriesChart(
      [
        { week: "2026-09-28", value: 0.5, partial: true },
        { week: "2026-10-05", value: 0.7, partial: false },
        { week: "2026-10-12", value: 0.72, partial: false },
        { week: "2026-10-19", value: 0.69, partial: false },
        { week: "2026-10-26", value: 1, partial: true },
      ],
      { title: "Precision by week", x: "week", y: "value", partial: "partial", yFormat: "percent" },
    );
    expectGolden("timeSeriesChart-partial.html", svg);
    // One dashed segment per partial period, to its complete neighbour: never first-to-last.
    const dashed = /<g[^>]*stroke-dasharray="4 3"[^>]*>([\s\S]*?)<\/g>/.exec(svg);
    expect(dashed).not.toBeNull();
    expect([...dashed![1].matchAll(/<path d="M([\d.]+),[\d.]+L([\d.]+),[\d.]+"/g)].length).toBe(2);
    expect(svg).toContain("(partial period)");
    expect(svg).toContain("hollow points on a dashed line are partial periods");
  });

  it("root-cause dumbbell and waterfall: long labels are shortened on the axis, whole in the tooltip", () => {
    const long = "category = bags, seller_tier = new, seller_country = CN, queue = counterfeit";
    const svg = beforeAfterChart(
      [
        { label: long, baseline: 0.8, current: 0.2 },
        { label: "contact", baseline: 0.6, current: 0.55 },
      ],
      { title: "Before and during", format: "percent", width: 640 },
    );
    expectGolden("beforeAfterChart.html", svg);
    expect(svg).toContain(`<title>${long}, baseline: 80%</title>`);
    const tick = texts(svg).find((t) => t.text.startsWith("category = bags"));
    expect(tick?.text.endsWith("…")).toBe(true);
    expect(estimateTextWidth(tick!.text)).toBeLessThanOrEqual(320);
    expectGolden(
      "contributionWaterfallChart.html",
      contributionWaterfallChart(
        [
          { label: "contact", value: -0.25 },
          { label: "counterfeit", value: 0.05 },
        ],
        {
          title: "What moved precision",
          start: { label: "before", value: 0.7 },
          format: "percent",
        },
      ),
    );
  });
});
