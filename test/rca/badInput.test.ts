import { describe, expect, it } from "vitest";
import { adtributor } from "../../lib/rca/adtributor.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import { parsePeriodRange } from "../../lib/rca/PeriodRange.js";
import { rippleSearch } from "../../lib/rca/rippleSearch.js";
import { rootCause } from "../../lib/rca/rootCause.js";

const base = [
  { t: "2026-09-01T10:00:00+09:00", queue: "a", site: "kr", hit: 1, n: 2 },
  { t: "2026-09-02T10:00:00+09:00", queue: "b", site: "kr", hit: 1, n: 2 },
  { t: "2026-09-08T10:00:00+09:00", queue: "a", site: "kr", hit: 0, n: 2 },
  { t: "2026-09-09T10:00:00+09:00", queue: "b", site: "kr", hit: 1, n: 2 },
];
const periods = {
  time: "t",
  baseline: "2026-09-01..2026-09-07",
  current: "2026-09-08..2026-09-14",
};

describe("rca on bad input", () => {
  it("rootCause drops a one-value dimension with a warning and still answers", () => {
    const result = rootCause(base, {
      dims: ["queue", "site"],
      numerator: "hit",
      denominator: "n",
      ...periods,
    });
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /dimension site has one value \("kr"\) in both periods, so it cannot explain a change; it was left out/,
      ),
    );
    expect(result.dims).toEqual(["queue"]);
    expect(result.causes[0].segment).toEqual({ queue: "a" });
  });

  it("rootCause gives a reasoned empty answer when no dimension is usable", () => {
    const result = rootCause(base, { dims: ["site"], measure: "hit", ...periods });
    expect(result.causes).toEqual([]);
    expect(result.empty).toMatch(/no dimension can explain the change/);
  });

  it("leafCube drops an id-like dimension with thousands of values", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => ({ ...base[i % 4], id: `L${i}` }));
    const cube = leafCube(rows, {
      dims: ["id", "queue"],
      measure: "hit",
      ...periods,
      maxCardinality: 1000,
    });
    expect(cube.dims).toEqual(["queue"]);
    expect(cube.warnings.join(" ")).toMatch(
      /dimension id has 3000 distinct values \(more than maxCardinality 1000\), like an id column/,
    );
  });

  it("rootCause explains an empty period instead of failing, naming the data's time span", () => {
    const result = rootCause(base, {
      dims: ["queue"],
      measure: "hit",
      time: "t",
      baseline: "2025-01-01..2025-01-07",
      current: "2026-09-08..2026-09-14",
    });
    expect(result.causes).toEqual([]);
    expect(result.empty).toMatch(
      /the baseline period 2025-01-01..2025-01-07 has no rows; the data's times run from 2026-09-01T01:00:00.000Z to 2026-09-09T01:00:00.000Z/,
    );
  });

  it("rootCause explains a zero denominator instead of dividing by it", () => {
    const rows = base.map((r) => ({
      ...r,
      n: r.t < "2026-09-08" ? 0 : r.n,
      hit: r.t < "2026-09-08" ? 0 : r.hit,
    }));
    const result = adtributor(
      leafCube(rows, { dims: ["queue"], numerator: "hit", denominator: "n", ...periods }),
    );
    expect(result.empty).toMatch(
      /the baseline period's denominator \(n\) sums to 0, so the ratio is undefined/,
    );
  });

  it("rootCause says there is nothing to explain when the KPI did not move", () => {
    const rows = base.map((r) => ({ ...r, hit: 1 }));
    expect(rootCause(rows, { dims: ["queue"], measure: "hit", ...periods }).empty).toMatch(
      /the KPI did not change \(2 in the baseline, 2 now\)/,
    );
  });

  it("searches refuse negative additive measures and ratios refuse negative counts, naming row and column", () => {
    const rows = base.map((r, i) => ({ ...r, hit: i === 2 ? -3 : r.hit }));
    const cube = leafCube(rows, { dims: ["queue"], measure: "hit", ...periods });
    expect(() => rippleSearch(cube)).toThrow(
      /row 3, column hit: -3 is negative, but rippleSearch needs non-negative measures/,
    );
    expect(() => adtributor(cube)).toThrow(
      /row 3, column hit: -3 is negative, but adtributor needs/,
    );
    expect(() =>
      leafCube(rows, { dims: ["queue"], numerator: "hit", denominator: "n", ...periods }),
    ).toThrow(/row 3, column hit: -3 is negative; a ratio KPI needs non-negative counts/);
  });

  it("leafCube names the row, column and value of a time that does not parse, or a measure that is not a number", () => {
    const rows = base.map((r, i) => ({ ...r, t: i === 1 ? "yesterday" : r.t }));
    expect(() => leafCube(rows, { dims: ["queue"], measure: "hit", ...periods })).toThrow(
      /row 2, column t: "yesterday" is not a time; write ISO 8601/,
    );
    const text = base.map((r, i) => ({ ...r, hit: i === 3 ? "12 KRW" : r.hit }));
    expect(() => leafCube(text, { dims: ["queue"], measure: "hit", ...periods })).toThrow(
      /row 4, column hit: "12 KRW" is not a number/,
    );
  });

  it("leafCube accepts epoch seconds, Dates, booleans and numeric text, and skips empty measures with a warning", () => {
    const rows = base.map((r, i) => ({
      ...r,
      t: i % 2 ? Date.parse(r.t) / 1000 : new Date(r.t),
      hit: i === 0 ? null : i === 1 ? true : String(r.hit),
    }));
    const cube = leafCube(rows, { dims: ["queue"], measure: "hit", ...periods });
    expect(cube.totals.baseline.numerator).toBe(1);
    expect(cube.totals.current).toEqual({ numerator: 1, denominator: 2, rows: 2 });
    expect(cube.warnings).toContain("1 row with an empty measure was left out");
  });

  it("leafCube rejects missing dims, a missing measure, both kinds of measure and missing periods", () => {
    expect(() => leafCube(base, { dims: [], measure: "hit", ...periods })).toThrow(
      /dims: no dimension given/,
    );
    expect(() => leafCube(base, { dims: ["queue", "queue"], measure: "hit", ...periods })).toThrow(
      /dims: "queue" is listed twice/,
    );
    expect(() => leafCube(base, { dims: ["queue"], ...periods })).toThrow(
      /measure: give either an additive measure/,
    );
    expect(() =>
      leafCube(base, {
        dims: ["queue"],
        measure: "hit",
        numerator: "hit",
        denominator: "n",
        ...periods,
      }),
    ).toThrow(/not both and not neither/);
    expect(() => leafCube(base, { dims: ["queue"], measure: "hit", time: "t" })).toThrow(
      /period: give either period/,
    );
  });

  it("parsePeriodRange reads dates (end day included), timestamps and epoch seconds, and rejects nonsense", () => {
    expect(parsePeriodRange("2026-09-01..2026-09-01")).toMatchObject({
      from: Date.parse("2026-09-01T00:00:00+09:00"),
      to: Date.parse("2026-09-02T00:00:00+09:00"),
    });
    expect(parsePeriodRange("1788000000..1788600000")).toMatchObject({
      from: 1788000000000,
      to: 1788600000000,
    });
    expect(parsePeriodRange("2026-09-01T10:00..2026-09-01T12:00Z").to).toBe(
      Date.parse("2026-09-01T12:00:00Z"),
    );
    expect(() => parsePeriodRange("last week", "--baseline")).toThrow(
      /--baseline: "last week" is not a time range; write <from>..<to>/,
    );
    expect(() => parsePeriodRange("2026-09-10..2026-09-01", "--current")).toThrow(
      /--current: "2026-09-10..2026-09-01" ends before it starts/,
    );
  });
});
