import { describe, expect, it } from "vitest";
import { barChart } from "../../lib/charts/barChart.js";
import { expectGolden } from "./golden.js";

const byQueue = [
  { queue: "counterfeit", precision: 0.82, lo: 0.75, hi: 0.88 },
  { queue: "contact", precision: 0.64, lo: 0.52, hi: 0.75 },
  { queue: "fraud", precision: 0.91, lo: 0.85, hi: 0.95 },
];
const base = { x: "queue", y: "precision", title: "Precision by queue" } as const;

const tickLabels = (html: string, axis: "x" | "y") =>
  [
    ...new RegExp(`<g aria-label="${axis}-axis tick label"[^>]*>(.*?)</g>`, "s")
      .exec(html)![1]
      .matchAll(/>([^<]+)</g),
  ].map((m) => m[1]);

describe("barChart", () => {
  it("barChart draws bars with error bars and value labels matching the golden file", () => {
    const html = barChart(byQueue, {
      ...base,
      lower: "lo",
      upper: "hi",
      valueLabels: true,
      yFormat: "percent",
    });
    expectGolden("barChart.html", html);
    expect(html).toContain(
      'aria-description="Bar chart of precision by queue for 3 categories with intervals; ' +
        'highest fraud (91%), lowest contact (64%)."',
    );
    expect(html).toContain("<title>contact\nprecision: 64% (52%–75%)</title>");
    // One rule and two caps per interval.
    expect(html.match(/<g aria-label="tick"/g)).toHaveLength(2);
  });

  it("barChart lays categories down the y axis when horizontal, matching the golden file", () => {
    const html = barChart(byQueue, {
      ...base,
      horizontal: true,
      valueLabels: true,
      sort: "descending",
    });
    expectGolden("barChart-horizontal.html", html);
    expect(tickLabels(html, "y")).toEqual(["fraud", "counterfeit", "contact"]);
    // 3 bands × 24 px + margins 24 + 40.
    expect(html).toMatch(/ height="136" viewBox="0 0 640 136"/);
  });

  it("barChart orders categories by data, name, or value", () => {
    const order = (sort: "data" | "category" | "ascending" | "descending") =>
      tickLabels(barChart(byQueue, { ...base, sort }), "x");
    expect(order("data")).toEqual(["counterfeit", "contact", "fraud"]);
    expect(order("category")).toEqual(["contact", "counterfeit", "fraud"]);
    expect(order("ascending")).toEqual(["contact", "counterfeit", "fraud"]);
    expect(order("descending")).toEqual(["fraud", "counterfeit", "contact"]);
  });

  it("barChart stacks rows that share a category and colours them by fill with a legend", () => {
    const rows = [
      { queue: "counterfeit", decision: "violation", n: 30 },
      { queue: "counterfeit", decision: "no_violation", n: 10 },
      { queue: "contact", decision: "violation", n: 5 },
    ];
    const html = barChart(rows, {
      x: "queue",
      y: "n",
      fill: "decision",
      valueLabels: true,
      title: "Decisions",
    });
    expect(html).toContain('<span class="tns-plot-swatch">');
    expect(html).toContain('fill="#0072B2"');
    expect(html).toContain('fill="#E69F00"');
    // Stacked: the second counterfeit segment spans 30..40, labelled at its middle (35).
    expect(html).toContain("<title>counterfeit\nno_violation\nn: 10</title>");
    expect(html).toContain("Bar chart of n by queue for 2 categories.");
  });

  it("barChart puts labels of negative bars below them", () => {
    const html = barChart(
      [
        { queue: "a", delta: 2 },
        { queue: "b", delta: -1 },
      ],
      {
        x: "queue",
        y: "delta",
        valueLabels: true,
        title: "Change",
      },
    );
    expect(html).toMatch(
      /<g aria-label="text"[^>]*transform="translate\([\d.]+,-6\)"><text [^>]*>2<\/text>/,
    );
    expect(html).toMatch(
      /<g aria-label="text"[^>]*transform="translate\([\d.]+,6\)"><text y="0.71em"[^>]*>-1<\/text>/,
    );
  });

  it("barChart uses a custom tooltip function", () => {
    const html = barChart(byQueue, { ...base, tooltip: (row, i) => `#${i} ${row.queue}` });
    expect(html).toContain("<title>#1 contact</title>");
  });

  it("barChart rejects error bars on stacked categories and other invalid input", () => {
    const twice = [...byQueue, byQueue[0]];
    expect(() => barChart(twice, { ...base, lower: "lo", upper: "hi" })).toThrow(
      /barChart: category "counterfeit" appears in more than one row, so its bars would stack and error bars \(lower\/upper\) would be misplaced; aggregate to one row per category first/,
    );
    expect(() => barChart(byQueue, { ...base, y: undefined as never })).toThrow(
      /barChart: option y is missing; pass it, e\.g\. \{ y: "precision" \}/,
    );
    expect(() => barChart(byQueue, { ...base, x: 3 as never })).toThrow(
      /barChart: option x must be a column name or a function \(row, index\) => value, got 3/,
    );
    expect(() => barChart(byQueue, { ...base, yFormat: "permille" as never })).toThrow(
      /valueFormatter: format "permille" is unknown; pass "number", "integer", "percent", "krw"/,
    );
  });
});
