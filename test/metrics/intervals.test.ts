import { readFileSync } from "node:fs";
import { randomLcg } from "d3-random";
import { describe, expect, it } from "vitest";
import { averagePrecision } from "../../lib/metrics/averagePrecision.js";
import { bootstrapInterval } from "../../lib/metrics/bootstrapInterval.js";
import { clopperPearsonInterval } from "../../lib/metrics/clopperPearsonInterval.js";
import { confusionMatrix } from "../../lib/metrics/confusionMatrix.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { detectionRates } from "../../lib/metrics/detectionRates.js";
import { labelledSample } from "../../lib/metrics/LabelledSample.js";
import { wilsonInterval } from "../../lib/metrics/wilsonInterval.js";

// statsmodels values; regenerate with scripts/fixtures/clopper_pearson_reference.py (command in its docstring).
const reference = JSON.parse(
  readFileSync("test/fixtures/metrics/clopper-pearson.json", "utf8"),
) as {
  cases: { successes: number; trials: number; level: number; lower: number; upper: number }[];
};

/** A seeded binomial draw by counting uniforms (small n only). */
function binomial(n: number, p: number, random: () => number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random() < p) k++;
  return k;
}

describe("intervals", () => {
  it("clopperPearsonInterval matches statsmodels' proportion_confint(method='beta') to 1e-9", () => {
    for (const c of reference.cases) {
      const got = clopperPearsonInterval(c.successes, c.trials, { level: c.level });
      expect(Math.abs(got.lower - c.lower), JSON.stringify(c)).toBeLessThan(1e-9);
      expect(Math.abs(got.upper - c.upper), JSON.stringify(c)).toBeLessThan(1e-9);
    }
  });

  it("a 95% Wilson interval covers the true proportion about 95% of the time, Clopper–Pearson at least 95% (seeded simulation)", () => {
    const random = randomLcg(20261029);
    const trials = 4000;
    for (const [p, n] of [
      [0.1, 200],
      [0.6, 80],
      [0.03, 500],
    ] as const) {
      let wilson = 0;
      let exact = 0;
      for (let t = 0; t < trials; t++) {
        const k = binomial(n, p, random);
        const w = wilsonInterval(k, n);
        const cp = clopperPearsonInterval(k, n);
        if (w.lower <= p && p <= w.upper) wilson++;
        if (cp.lower <= p && p <= cp.upper) exact++;
      }
      expect(wilson / trials, `Wilson p=${p} n=${n}`).toBeGreaterThan(0.93);
      expect(wilson / trials, `Wilson p=${p} n=${n}`).toBeLessThan(0.97);
      expect(exact / trials, `Clopper–Pearson p=${p} n=${n}`).toBeGreaterThanOrEqual(0.945);
    }
  });

  it("a 95% bootstrap interval for precision at a threshold covers the truth about 95% of the time (seeded simulation)", () => {
    // Population: prevalence 0.2, scores on a 2-decimal grid; truth: precision at 0.6 in the model.
    const random = randomLcg(7);
    const draw = (n: number) => {
      const scores = new Float64Array(n);
      const labels = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        labels[i] = random() < 0.2 ? 1 : 0;
        const u = random();
        scores[i] = Math.round(100 * (labels[i] ? Math.sqrt(u) : u * u)) / 100;
      }
      return countScores(scores, labels);
    };
    const truth = detectionRates(confusionMatrix(draw(2_000_000), 0.6)).precision;
    const sims = 300;
    let covered = 0;
    for (let s = 0; s < sims; s++) {
      const ci = bootstrapInterval(
        labelledSample(draw(400)),
        (c) => detectionRates(confusionMatrix(c, 0.6)).precision,
        {
          replicates: 300,
          seed: s + 1,
        },
      );
      if (ci.lower <= truth && truth <= ci.upper) covered++;
    }
    expect(covered / sims).toBeGreaterThan(0.91);
    expect(covered / sims).toBeLessThan(0.985);
  });

  it("bootstrapInterval is reproducible for a seed and brackets the estimate", () => {
    const counts = countScores([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2], [1, 1, 0, 1, 0, 1, 0, 0]);
    const ap = (c: typeof counts) => averagePrecision(c).value;
    const a = bootstrapInterval(labelledSample(counts), ap, { seed: 3, replicates: 200 });
    const b = bootstrapInterval(labelledSample(counts), ap, { seed: 3, replicates: 200 });
    expect(a).toEqual(b);
    expect(a.lower).toBeLessThanOrEqual(a.estimate);
    expect(a.upper).toBeGreaterThanOrEqual(a.estimate);
    expect(() => bootstrapInterval(labelledSample(counts), ap, { replicates: 0 })).toThrow(
      /replicates: 0 is not a whole number from 1 to 10,000/,
    );
  });
});
