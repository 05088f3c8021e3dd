import { describe, expect, it } from "vitest";
import { beforeAfterChart } from "../../lib/charts/beforeAfterChart.js";
import { contributionWaterfallChart } from "../../lib/charts/contributionWaterfallChart.js";

const hostile = "<script>alert(1)</script>";

describe("rca charts", () => {
  it("contributionWaterfallChart draws start, one bar per step and end, signed labels, escaped text", () => {
    const svg = contributionWaterfallChart(
      [
        { label: "contact", value: -0.25 },
        { label: hostile, value: 0.05 },
      ],
      { title: "What moved precision", start: { label: "before", value: 0.7 }, format: "percent" },
    );
    expect(svg).toContain('aria-label="What moved precision"');
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("−25%");
    expect(svg).toContain("+5%");
    expect(svg).toContain(">50%<"); // the end, 0.7 − 0.25 + 0.05
    expect(svg).toMatch(/Waterfall from 70% to 50% in 2 steps/);
  });

  it("beforeAfterChart draws a dot per known value and an arrow only where both are known", () => {
    const svg = beforeAfterChart(
      [
        { label: "contact", baseline: 0.8, current: 0.2 },
        { label: "new queue", baseline: null, current: 0.5 },
      ],
      { title: "Precision by queue", format: "percent" },
    );
    expect(svg).toContain('aria-label="Precision by queue"');
    expect((svg.match(/<circle/g) ?? []).length).toBe(3);
    expect(svg).toContain("contact, current: 20%");
    expect(svg).not.toContain("new queue, baseline");
  });

  it("the charts need a title", () => {
    expect(() => beforeAfterChart([], { title: "" })).toThrow(/title|accessible name/);
  });
});
