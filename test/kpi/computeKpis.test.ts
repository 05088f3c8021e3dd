import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { computeKpis } from "../../lib/kpi/computeKpis.js";
import { parseKpis } from "../../lib/kpi/parseKpis.js";
import { loadKpis } from "../../lib/kpi/loadKpis.js";
import { loadKpiTables } from "../../lib/kpi/loadKpiTables.js";
import { kpiStatus } from "../../lib/kpi/kpiStatus.js";
import { kpiAccumulator, addTable } from "../../lib/kpi/computeKpis.js";

const ts = (s: string) => new Date(s);
// Four reviews over two Seoul days; the 23:30 KST review belongs to day 1 although it is UTC day 1 too,
// and 00:30 KST on day 2 is still UTC day 1: the calendar must be Seoul's.
const reviews = table({
  reviewed_at: [
    ts("2026-10-01T10:00:00+09:00"),
    ts("2026-10-01T23:30:00+09:00"),
    ts("2026-10-02T00:30:00+09:00"),
    ts("2026-10-02T12:00:00+09:00"),
  ],
  enqueued_at: [
    ts("2026-10-01T08:00:00+09:00"),
    ts("2026-09-30T23:30:00+09:00"),
    ts("2026-10-01T22:30:00+09:00"),
    ts("2026-10-02T11:00:00+09:00"),
  ],
  queue: ["contact", "contact", "fraud", "contact"],
  decision: ["violation", "no_violation", "violation", "escalate"],
  reviewer_id: ["R1", "R1", "R2", "R1"],
  handling_seconds: [60, 120, 30, 90],
});
const yaml = `
derived:
  reviews:
    hours: { hours_between: [enqueued_at, reviewed_at] }
kpis:
  - { name: precision, description: d, owner: o, area: a, grain: day, dimensions: [queue], format: percent,
      target: { value: 0.8, direction: higher, warning: 0.5 },
      formula: { ratio: { numerator: { table: reviews, time: reviewed_at, where: { decision: violation } },
                          denominator: { table: reviews, time: reviewed_at, where: { decision: [violation, no_violation] } } } } }
  - { name: p50, description: d, owner: o, area: a, grain: day, format: hours,
      formula: { quantile: { table: reviews, time: reviewed_at, value: hours, q: 0.5 } } }
  - { name: throughput, description: d, owner: o, area: a, grain: day,
      formula: { ratio: { numerator: { table: reviews, time: reviewed_at }, denominator: { table: reviews, time: reviewed_at, distinct: reviewer_id } } } }
  - { name: fp_hours, description: d, owner: o, area: a, grain: day,
      formula: { count: { table: reviews, time: reviewed_at, where: { decision: no_violation }, sum: handling_seconds }, scale: 0.000277777777777778 } }
  - { name: backlog, description: d, owner: o, area: a, grain: day,
      formula: { backlog: { table: reviews, start: enqueued_at, end: reviewed_at } } }
  - { name: fresh, description: d, owner: o, area: a, grain: day,
      formula: { freshness: { table: reviews, time: reviewed_at } } }
`;
const set = parseKpis(yaml);
const values = computeKpis(set, { reviews }, { from: "2026-10-01", to: "2026-10-03" });
const pick = (kpi: string, period: string, dims = {}) =>
  values.find(
    (v) =>
      v.kpi === kpi && v.period === period && JSON.stringify(v.dimensions) === JSON.stringify(dims),
  )!;

describe("computeKpis", () => {
  it("computeKpis gives ratios per Seoul day with numerator, denominator and Wilson interval", () => {
    expect(pick("precision", "2026-10-01")).toMatchObject({
      numerator: 1,
      denominator: 2,
      value: 0.5,
      n: 2,
      status: "at_risk",
    });
    expect(pick("precision", "2026-10-01").lower).toBeCloseTo(0.0945, 4); // Wilson 1/2
    expect(pick("precision", "2026-10-02")).toMatchObject({ value: 1, status: "met" });
    expect(pick("precision", "2026-10-02", { queue: "fraud" })).toMatchObject({ value: 1, n: 1 });
    expect(pick("precision", "2026-10-02", { queue: "contact" })).toMatchObject({
      n: 0,
      status: "no_data",
    });
    expect(pick("precision", "2026-10-03").status).toBe("no_data");
  });

  it("computeKpis computes quantiles, distinct counts, scaled sums, backlog and freshness", () => {
    expect(pick("p50", "2026-10-01").value).toBe(13); // hours 2 and 24: (2 + 24) / 2
    expect(pick("throughput", "2026-10-02").value).toBe(1); // 2 reviews, 2 reviewers
    expect(pick("throughput", "2026-10-01").value).toBe(2);
    expect(pick("fp_hours", "2026-10-01").value).toBeCloseTo(120 / 3600, 9);
    // The data ends on 10-02: a 0 on 10-03 would be "met" on nothing.
    expect(pick("fp_hours", "2026-10-03")).toMatchObject({ n: 0, status: "no_data" });
    // Open at 2026-10-01 24:00: the review enqueued 22:30 and decided 00:30 the next day.
    expect(pick("backlog", "2026-10-01").value).toBe(1);
    expect(pick("backlog", "2026-10-02").value).toBe(0);
    expect(pick("fresh", "2026-10-01").value).toBeCloseTo(0.5, 9);
    expect(pick("fresh", "2026-10-02").value).toBeCloseTo(12, 9);
    // After the data's last day there is nothing to be fresh about.
    expect(pick("fresh", "2026-10-03")).toMatchObject({ n: 0, status: "no_data" });
  });

  it("computeKpis rejects a from or to that is not a day", () => {
    expect(() => computeKpis(set, { reviews }, { from: "2026-10" })).toThrow(
      /from: "2026-10" is not a calendar day; write YYYY-MM-DD/,
    );
  });

  it("KpiAccumulator.merge of two halves equals one pass over all rows", () => {
    const whole = kpiAccumulator(set, { reviews });
    addTable(whole, "reviews", reviews);
    const a = kpiAccumulator(set, { reviews });
    const b = kpiAccumulator(set, { reviews });
    addTable(a, "reviews", reviews.slice(0, 2));
    addTable(b, "reviews", reviews.slice(2));
    expect(a.merge(b).values()).toEqual(whole.values());
  });

  it("kpiStatus reads both directions and the warning band", () => {
    const lower = { value: 8, direction: "lower" as const, warning: 12 };
    expect([7, 8, 10, 12, 13, NaN].map((v) => kpiStatus(v, lower))).toEqual([
      "met",
      "met",
      "at_risk",
      "at_risk",
      "missed",
      "no_data",
    ]);
    expect(kpiStatus(0.5, { value: 0.8, direction: "higher" })).toBe("missed");
    expect(kpiStatus(0.5, undefined)).toBe("no_target");
  });
});

describe("computeKpis on the sample data", () => {
  it("makes the review feed gap (INC-2026-004) visible: freshness and completeness missed on 2026-10-20 only", async () => {
    const kpis = await loadKpis("data/kpis.yaml");
    const all = computeKpis(kpis, await loadKpiTables("data", kpis));
    for (const name of ["reviews_freshness", "reviews_completeness"]) {
      const missed = all
        .filter((v) => v.kpi === name && v.status === "missed")
        .map((v) => v.period);
      expect(missed, name).toEqual(["2026-10-20"]);
    }
  });
});
