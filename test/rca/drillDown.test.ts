import { describe, expect, it } from "vitest";
import { drillDown } from "../../lib/rca/drillDown.js";
import { matchesSegment } from "../../lib/rca/matchesSegment.js";
import { segmentExamples } from "../../lib/rca/segmentExamples.js";

const flags = [
  { p: "baseline", queue: "contact", detector: "phone", brand: null, hit: 1, at: 3 },
  { p: "baseline", queue: "contact", detector: "phone", brand: "", hit: 1, at: 1 },
  { p: "baseline", queue: "contact", detector: "messenger", brand: "Nike", hit: 1, at: 2 },
  { p: "current", queue: "contact", detector: "phone", brand: null, hit: 0, at: 6 },
  { p: "current", queue: "contact", detector: "phone", brand: "Nike", hit: 0, at: 5 },
  { p: "current", queue: "contact", detector: "messenger", brand: null, hit: 1, at: 4 },
  { p: "current", queue: "fraud", detector: "prepay", brand: null, hit: 1, at: 7 },
];
const period = (r: { p: string }) => r.p as "baseline" | "current";

describe("drill-down helpers", () => {
  it("matchesSegment compares as text, treats null and empty as (empty), and {} matches everyone", () => {
    expect(flags.filter(matchesSegment({ brand: "(empty)", queue: "contact" }))).toHaveLength(4);
    expect(flags.filter(matchesSegment({ hit: "1" }))).toHaveLength(5);
    expect(flags.filter(matchesSegment({}))).toHaveLength(flags.length);
  });

  it("drillDown breaks a segment's ratio change down by detector, largest effect first", () => {
    const drill = drillDown(flags, {
      segment: { queue: "contact" },
      by: "detector",
      numerator: "hit",
      denominator: () => 1,
      period,
    });
    expect(drill.ratio!.baseline).toBe(1);
    expect(drill.ratio!.current).toBeCloseTo(1 / 3, 12);
    expect(drill.ratio!.segments[0].value).toBe("phone");
    expect(drill.ratio!.segments[0].current.rate).toBe(0);
  });

  it("drillDown gives additive contributions for a measure, and a reason instead of a breakdown with one value", () => {
    const drill = drillDown(flags, { by: "queue", measure: "hit", period });
    expect(drill.additive!.segments.map((s) => [s.value, s.contribution])).toEqual([
      ["contact", -2],
      ["fraud", 1],
    ]);
    const one = drillDown(flags, {
      segment: { queue: "fraud" },
      by: "detector",
      measure: "hit",
      period,
    });
    expect(one.empty).toMatch(/the baseline period has no rows/);
  });

  it("segmentExamples filters, sorts a copy and cuts, leaving the input alone", () => {
    const before = JSON.stringify(flags);
    const rows = segmentExamples(
      flags,
      { queue: "contact" },
      { where: (r) => r.hit === 0, sort: (a, b) => a.at - b.at, limit: 1 },
    );
    expect(rows).toEqual([flags[4]]);
    expect(JSON.stringify(flags)).toBe(before);
    expect(segmentExamples(flags, { queue: "none" })).toEqual([]);
  });
});
