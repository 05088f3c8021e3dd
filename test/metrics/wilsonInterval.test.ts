import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../../lib/metrics/wilsonInterval.js";

// statsmodels values; regenerate with scripts/fixtures/wilson_reference.py (command in its docstring).
const reference = JSON.parse(readFileSync("test/fixtures/metrics/wilson.json", "utf8")) as {
  cases: { successes: number; trials: number; level: number; lower: number; upper: number }[];
};

describe("wilsonInterval", () => {
  it("wilsonInterval matches statsmodels' proportion_confint(method='wilson') to 1e-8", () => {
    for (const c of reference.cases) {
      const got = wilsonInterval(c.successes, c.trials, { level: c.level });
      expect(got.lower, JSON.stringify(c)).toBeCloseTo(c.lower, 8);
      expect(got.upper, JSON.stringify(c)).toBeCloseTo(c.upper, 8);
      expect(got.estimate).toBe(c.successes / c.trials);
    }
  });

  it("wilsonInterval keeps the bounds inside [0, 1] at 0 and n successes", () => {
    expect(wilsonInterval(0, 20).lower).toBe(0);
    expect(wilsonInterval(20, 20).upper).toBe(1);
  });

  it("wilsonInterval returns NaN with no trials", () => {
    const empty = wilsonInterval(0, 0);
    expect([empty.estimate, empty.lower, empty.upper].every(Number.isNaN)).toBe(true);
    expect(empty.trials).toBe(0);
  });

  it("wilsonInterval rejects impossible counts and levels", () => {
    expect(() => wilsonInterval(5, 3)).toThrow(/5 successes in 3 trials is impossible/);
    expect(() => wilsonInterval(-1, 3)).toThrow(/need 0 ≤ successes ≤ trials/);
    expect(() => wilsonInterval(1, 3, { level: 95 })).toThrow(/level 95 is outside \(0, 1\)/);
  });
});
