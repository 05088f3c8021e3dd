import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import { expectGolden } from "./golden.js";

const daily = [
  { day: "2026-08-01", precision: 0.91, queue: "counterfeit" },
  { day: "2026-08-02", precision: 0.87, queue: "counterfeit" },
  { day: "2026-08-03", precision: 0.93, queue: "counterfeit" },
  { day: "2026-08-04", precision: 0.92, queue: "counterfeit" },
  { day: "2026-08-01", precision: 0.95, queue: "contact" },
  { day: "2026-08-02", precision: null, queue: "contact" },
  { day: "2026-08-03", precision: 0.96, queue: "contact" },
  { day: "2026-08-04", precision: 0.97, queue: "contact" },
];
const base = { x: "day", y: "precision", title: "Precision by day" } as const;

const xTickLabels = (html: string) =>
  /<g aria-label="x-axis tick label"[^>]*>(.*?)<\/g>/s.exec(html)![1].replace(/<[^>]+>/g, " ");

describe("timeSeriesChart", () => {
  it("timeSeriesChart draws series, a target band and tooltips matching the golden file", () => {
    const html = timeSeriesChart(daily, {
      ...base,
      z: "queue",
      target: { lower: 0.9 },
      yFormat: "percent",
    });
    expectGolden("timeSeriesChart.html", html);
    expect(html).toContain('aria-label="Precision by day"');
    expect(html).toContain(
      'aria-description="Line chart of precision over time for 2 series (counterfeit, contact), ' +
        '2026-08-01 to 2026-08-04 (Asia/Seoul); target ≥ 90%."',
    );
  });

  it("timeSeriesChart gives each non-missing point a <title> tooltip with series, day and value", () => {
    const html = timeSeriesChart(daily, { ...base, z: "queue", yFormat: "percent" });
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toHaveLength(7);
    expect(titles[0]).toBe("counterfeit\n2026-08-01\nprecision: 91%");
    expect(titles).toContain("contact\n2026-08-04\nprecision: 97%");
  });

  it("timeSeriesChart places Date instants on Asia/Seoul days, not UTC ones", () => {
    // Seoul midnights are 15:00 UTC the day before; Plot alone would label them "Jul 31, 3 PM".
    const rows = [1, 2, 3].map((d) => ({ at: new Date(`2026-08-0${d}T00:00:00+09:00`), n: d }));
    const html = timeSeriesChart(rows, { x: "at", y: "n", title: "n" });
    expect(xTickLabels(html)).toMatch(/^ *1 +Aug +2 +3 *$/);
    expect(html).toContain("<title>2026-08-01\nn: 1</title>");
    const instant = timeSeriesChart([{ at: "2026-08-01T00:30:00+09:00", n: 1 }], {
      x: "at",
      y: "n",
      title: "n",
    });
    expect(instant).toContain("<title>2026-08-01 00:30\nn: 1</title>");
  });

  it("timeSeriesChart output does not depend on the process time zone", () => {
    const rows = [1, 2, 3].map((d) => ({ at: new Date(`2026-08-0${d}T09:00:00+09:00`), n: d }));
    const seoul = timeSeriesChart(rows, { x: "at", y: "n", title: "n" });
    const saved = process.env.TZ;
    try {
      process.env.TZ = "America/New_York";
      expect(new Date(Date.UTC(2026, 7, 1)).getHours()).toBe(20); // the change took effect
      expect(timeSeriesChart(rows, { x: "at", y: "n", title: "n" })).toBe(seoul);
    } finally {
      process.env.TZ = saved;
    }
    expect(new Date(Date.UTC(2026, 7, 1)).getHours()).toBe(9);
  });

  it("timeSeriesChart draws a number target as one dashed rule without a band", () => {
    const html = timeSeriesChart(daily.slice(0, 4), { ...base, target: 0.9, yFormat: "percent" });
    expect(html).toContain(">target 90%</text>");
    expect(html).toMatch(
      /<g aria-label="rule" stroke="#009E73"[^>]*stroke-dasharray="4,3"><line [^>]*><\/line><\/g>/,
    );
    expect(html).not.toContain('aria-label="rect"');
  });

  it("timeSeriesChart shades a two-sided band and labels one-sided upper targets", () => {
    const band = timeSeriesChart(daily.slice(0, 4), {
      ...base,
      target: { lower: 0.9, upper: 0.95 },
      yFormat: "percent",
    });
    expect(band).toContain(">target 90%–95%</text>");
    expect(band).toMatch(/<g aria-label="rect" fill="#009E73" fill-opacity="0.12"><rect /);
    const upper = timeSeriesChart(daily.slice(0, 4), {
      ...base,
      target: { upper: 0.05 },
      yFormat: "percent",
    });
    expect(upper).toContain(">target ≤ 5%</text>");
    const custom = timeSeriesChart(daily.slice(0, 4), { ...base, target: 0.9, targetLabel: "SLA" });
    expect(custom).toContain(">SLA</text>");
  });

  it("timeSeriesChart accepts an arquero Table and accessor functions", () => {
    const fromRows = timeSeriesChart(daily, { ...base, z: "queue" });
    const fromTable = timeSeriesChart(
      table({
        day: daily.map((d) => d.day),
        precision: daily.map((d) => d.precision),
        queue: daily.map((d) => d.queue),
      }),
      { ...base, z: "queue" },
    );
    expect(fromTable).toBe(fromRows);
    const fromFunctions = timeSeriesChart(daily, {
      ...base,
      x: (d) => d.day,
      y: (d) => d.precision,
      z: (d) => d.queue,
      yLabel: "precision",
    });
    expect(fromFunctions).toBe(fromRows);
  });

  it("timeSeriesChart sorts points by time so lines do not zigzag", () => {
    const shuffled = [daily[2], daily[0], daily[3], daily[1]];
    expect(timeSeriesChart(shuffled, base)).toBe(timeSeriesChart(daily.slice(0, 4), base));
  });

  it("timeSeriesChart says No data for empty input instead of throwing", () => {
    const html = timeSeriesChart([], base);
    expect(html).toContain(">No data</text>");
    expect(html).toContain("Line chart of precision over time, no data.");
  });

  it("timeSeriesChart names the option, row and value that are invalid", () => {
    expect(() => timeSeriesChart(daily, { ...base, title: "" })).toThrow(
      /timeSeriesChart: option title is missing; pass it/,
    );
    expect(() =>
      timeSeriesChart(
        [
          { day: "2026-08-01", precision: 1 },
          { day: "someday", precision: 1 },
        ],
        base,
      ),
    ).toThrow(
      /timeSeriesChart: option x gives "someday" for row 1, which is not a date; pass Date objects/,
    );
    expect(() => timeSeriesChart([{ day: "2026-02-30", precision: 1 }], base)).toThrow(
      /"2026-02-30" for row 0/,
    );
    expect(() => timeSeriesChart([{ day: "2026-08-01", precision: "high" }], base)).toThrow(
      /timeSeriesChart: option y gives "high" for row 0, which is not a number/,
    );
    expect(() => timeSeriesChart(daily, { ...base, target: { lower: 0.95, upper: 0.9 } })).toThrow(
      /timeSeriesChart: option target is \{"lower":0.95,"upper":0.9\}, which is not a finite number or a \{ lower, upper \} band with lower <= upper/,
    );
    expect(() => timeSeriesChart(daily, { ...base, y: "precison" })).toThrow(
      /timeSeriesChart: option y names column "precison", which the data does not have \(columns: day, precision, queue\)/,
    );
    expect(() => timeSeriesChart(null as never, base)).toThrow(
      /timeSeriesChart: data must be an array of objects or an arquero Table, got null/,
    );
    expect(() => timeSeriesChart(daily, { ...base, timeZone: "Mars/Olympus" })).toThrow(
      /wallClockTime: time zone "Mars\/Olympus" is unknown; pass an IANA name/,
    );
  });
});
