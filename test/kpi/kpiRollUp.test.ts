import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { addTable, computeKpis, kpiAccumulator } from "../../lib/kpi/computeKpis.js";
import { kpiScorecard } from "../../lib/kpi/kpiScorecard.js";
import { parseKpis } from "../../lib/kpi/parseKpis.js";
import type { KpiValue } from "../../lib/kpi/KpiValue.js";

const at = (s: string) => new Date(`${s}+09:00`);
// Reviews in the week of Monday 2026-10-05 and on Monday 2026-10-12, the data's last day.
// hours = reviewed_at − enqueued_at: r1 2, r2 4, r3 1, r4 6, r6 1, r7 13.5, r5 1.
const reviews = table({
  review_id: ["r1", "r2", "r3", "r4", "r6", "r7", "r5"],
  enqueued_at: [
    at("2026-10-05T08:00:00"),
    at("2026-10-05T09:00:00"),
    at("2026-10-06T08:00:00"),
    at("2026-10-07T10:00:00"),
    at("2026-10-07T11:00:00"),
    at("2026-10-11T20:00:00"),
    at("2026-10-12T08:00:00"),
  ],
  reviewed_at: [
    at("2026-10-05T10:00:00"),
    at("2026-10-05T13:00:00"),
    at("2026-10-06T09:00:00"),
    at("2026-10-07T16:00:00"),
    at("2026-10-07T12:00:00"),
    at("2026-10-12T09:30:00"),
    at("2026-10-12T09:00:00"),
  ],
  decision: [
    "violation",
    "no_violation",
    "no_violation",
    "violation",
    "violation",
    "violation",
    "violation",
  ],
  handling_seconds: [60, 3000, 1800, 120, 60, 60, 60],
});
const yaml = `
derived:
  reviews:
    hours: { hours_between: [enqueued_at, reviewed_at] }
kpis:
  - { name: fp_hours, description: d, owner: o, area: a, grain: day, format: hours,
      target: { value: 0.5, direction: lower, warning: 1 },
      formula: { count: { table: reviews, time: reviewed_at, where: { decision: no_violation }, sum: handling_seconds }, scale: 0.000277777777777778 } }
  - { name: precision, description: d, owner: o, area: a, grain: day, format: percent,
      target: { value: 0.55, direction: higher },
      formula: { ratio: { numerator: { table: reviews, time: reviewed_at, where: { decision: violation } },
                          denominator: { table: reviews, time: reviewed_at, where: { decision: [violation, no_violation] } } } } }
  - { name: p50, description: d, owner: o, area: a, grain: day, format: hours,
      formula: { quantile: { table: reviews, time: reviewed_at, value: hours, q: 0.5 } } }
  - { name: backlog, description: d, owner: o, area: a, grain: day, target: { value: 0, direction: lower },
      formula: { backlog: { table: reviews, start: enqueued_at, end: reviewed_at } } }
  - { name: weekly_precision, description: d, owner: o, area: a, grain: week, format: percent,
      target: { value: 0.55, direction: higher },
      formula: { ratio: { numerator: { table: reviews, time: reviewed_at, where: { decision: violation } },
                          denominator: { table: reviews, time: reviewed_at } } } }
`;
const set = parseKpis(yaml);
const find = (values: KpiValue[], kpi: string, period: string) =>
  values.find((v) => v.kpi === kpi && v.period === period)!;

describe("computeKpis rolled up to a coarser grain", () => {
  const daily = computeKpis(set, { reviews });
  const weekly = computeKpis(set, { reviews }, { grain: "week" });

  it("computeKpis shows a per-day count target's week as a mean per day, not the week's sum", () => {
    // Days: 10-05 0.83 h (at risk), 10-06 0.5 h (met). The week's sum, 1.33 h, would be "missed";
    // per day it is 1.33 / 7 = 0.19 h, on target.
    expect(find(daily, "fp_hours", "2026-10-05").value).toBeCloseTo(3000 / 3600, 9);
    expect(find(daily, "fp_hours", "2026-10-05").status).toBe("at_risk");
    const week = find(weekly, "fp_hours", "2026-10-05");
    expect(week.total).toBeCloseTo(4800 / 3600, 9);
    expect(week.value).toBeCloseTo(4800 / 3600 / 7, 9);
    expect(week).toMatchObject({ per: "day", grain: "week", partial: false, status: "met" });
  });

  it("computeKpis counts units in n: reviews behind a sum of seconds, never the seconds", () => {
    expect(find(daily, "fp_hours", "2026-10-05").n).toBe(1);
    expect(find(weekly, "fp_hours", "2026-10-05").n).toBe(2); // r2 and r3, not 4,800 seconds
  });

  it("computeKpis rolls a ratio up as the ratio of the week's sums, not the mean of daily ratios", () => {
    // Daily precision 1/2, 0/1, 2/2: mean 0.5 (missed); the week is 3/5 = 0.6 (met).
    const week = find(weekly, "precision", "2026-10-05");
    expect(week).toMatchObject({ numerator: 3, denominator: 5, n: 5, status: "met" });
    expect(week.value).toBeCloseTo(0.6, 12);
  });

  it("computeKpis takes a week's quantile from the week's values, not from daily quantiles", () => {
    // Hours 2, 4, 1, 6, 1: median 2. Daily medians 3, 1, 3.5 have median 3.
    expect(find(weekly, "p50", "2026-10-05")).toMatchObject({ value: 2, n: 5 });
  });

  it("computeKpis reads a stock (backlog) at the end of the week's last day", () => {
    // r7 was enqueued Sunday 20:00 and decided Monday: one item open at the end of the week.
    expect(find(weekly, "backlog", "2026-10-05")).toMatchObject({ value: 1, status: "missed" });
    expect(find(daily, "backlog", "2026-10-11").value).toBe(1);
  });

  it("computeKpis marks a period the data covers in part as partial and leaves it out of status", () => {
    // The data ends Monday 2026-10-12: that week is partial, whatever its numbers.
    const running = find(weekly, "precision", "2026-10-12");
    expect(running).toMatchObject({ partial: true, status: "partial", value: 1, n: 2 });
    expect(find(weekly, "weekly_precision", "2026-10-12").status).toBe("partial");
    const judged = computeKpis(set, { reviews }, { grain: "week", judgePartial: true });
    expect(find(judged, "precision", "2026-10-12")).toMatchObject({ partial: true, status: "met" });
    // A report ending mid-week (to) makes that week partial even where the data goes on.
    const early = computeKpis(set, { reviews }, { to: "2026-10-07" });
    expect(find(early, "weekly_precision", "2026-10-05")).toMatchObject({
      partial: true,
      status: "partial",
    });
  });

  it("computeKpis gives no data, never met, for a period without rows or after the data ends", () => {
    // Thursday 10-08 has no review: fp_hours 0 would be "met" on nothing.
    expect(find(daily, "fp_hours", "2026-10-08")).toMatchObject({ n: 0, status: "no_data" });
    expect(find(daily, "fp_hours", "2026-10-08").value).toBeNaN();
    const beyond = computeKpis(set, { reviews }, { to: "2026-10-31", grain: "week" });
    for (const kpi of ["fp_hours", "precision", "backlog"])
      expect(find(beyond, kpi, "2026-10-19"), kpi).toMatchObject({ n: 0, status: "no_data" });
  });

  it("computeKpis rejects a grain finer than a KPI's, weeks into months, and an unknown grain", () => {
    expect(() =>
      computeKpis(set, { reviews }, { grain: "day", only: ["weekly_precision"] }),
    ).toThrow(
      /KPI weekly_precision: cannot report a week KPI by day \(finer than its grain\); ask for grain week/,
    );
    expect(() =>
      computeKpis(set, { reviews }, { grain: "month", only: ["weekly_precision"] }),
    ).toThrow(/cannot report a week KPI by month \(weeks do not nest in months\)/);
    expect(() => computeKpis(set, { reviews }, { grain: "year" as "day" })).toThrow(
      /grain: "year" is not a grain; use day, week or month/,
    );
  });

  it("computeKpis rejects a from or to that is not a calendar day", () => {
    expect(() => computeKpis(set, { reviews }, { to: "2026-13-45" })).toThrow(
      /to: "2026-13-45" is not a calendar day; write YYYY-MM-DD/,
    );
  });

  it("KpiAccumulator fed table by table in chunks gives the values of one pass, with the data range", () => {
    const whole = kpiAccumulator(set, { reviews });
    addTable(whole, "reviews", reviews);
    const chunked = kpiAccumulator(set, { reviews });
    for (const [a, b] of [
      [4, 7],
      [0, 2],
      [2, 4],
    ])
      addTable(chunked, "reviews", reviews.slice(a, b));
    expect(chunked.dataRange).toEqual({ first: "2026-10-05", last: "2026-10-12" });
    expect(chunked.values({ grain: "week" })).toEqual(whole.values({ grain: "week" }));
  });
});

describe("kpiScorecard", () => {
  it("kpiScorecard reads each KPI's last complete period by the date, with the one before", () => {
    const values = computeKpis(set, { reviews }, { to: "2026-10-12" });
    const card = kpiScorecard(values, { date: "2026-10-12" });
    const weekly = card.find((e) => e.kpi === "weekly_precision")!;
    // The running week (2026-10-12, one day) is not judged; the week before is.
    expect(weekly.value!.period).toBe("2026-10-05");
    expect(weekly).toMatchObject({ status: "met", value: { numerator: 3, denominator: 5 } });
    expect(card.find((e) => e.kpi === "precision")).toMatchObject({
      status: "met",
      value: { period: "2026-10-12" },
      previous: { period: "2026-10-11" },
    });
  });

  it("kpiScorecard gives no data for a date beyond the data and for values that stop before the date", () => {
    const beyond = kpiScorecard(computeKpis(set, { reviews }, { to: "2026-10-31" }), {
      date: "2026-10-31",
    });
    expect(new Set(beyond.map((e) => e.status))).toEqual(new Set(["no_data"]));
    const short = kpiScorecard(computeKpis(set, { reviews }), { date: "2026-10-31" });
    expect(short.every((e) => e.status === "no_data" && e.value === undefined)).toBe(true);
  });

  it("kpiScorecard rejects a date that is not a calendar day", () => {
    expect(() => kpiScorecard([], { date: "2026-13-45" })).toThrow(
      /date: "2026-13-45" is not a calendar day/,
    );
  });
});
