import { randomLcg } from "d3-random";
import { describe, expect, it } from "vitest";
import { bootstrapInterval } from "../../lib/metrics/bootstrapInterval.js";
import { confusionMatrix } from "../../lib/metrics/confusionMatrix.js";
import { detectionRates } from "../../lib/metrics/detectionRates.js";
import {
  partialLabelSample,
  type AuditedScore,
  type LabelledScore,
} from "../../lib/metrics/partialLabelSample.js";
import { thresholdEstimate } from "../../lib/metrics/thresholdEstimate.js";

const THRESHOLD = 0.8;

/** A fixed population, then one round of reviews (90% of flags) and a Poisson audit of unflagged listings. */
function population(seed: number, n = 20_000) {
  const random = randomLcg(seed);
  return Array.from({ length: n }, () => {
    const violation = random() < 0.05;
    const u = random();
    const score = Math.round(100 * (violation ? 1 - (1 - u) ** 3 : u ** 4)) / 100;
    return { score, violation, nearThreshold: score >= 0.5 };
  });
}

function observe(pop: ReturnType<typeof population>, seed: number) {
  const random = randomLcg(seed);
  const reviewed: LabelledScore[] = [];
  const audited: AuditedScore[] = [];
  let flagged = 0;
  for (const l of pop) {
    if (l.score >= THRESHOLD) {
      flagged++;
      if (random() < 0.9) reviewed.push({ score: l.score, label: l.violation });
    } else {
      const p = l.nearThreshold ? 0.2 : 0.05;
      if (random() < p)
        audited.push({
          score: l.score,
          label: l.violation,
          inclusionProbability: p,
          stratum: l.nearThreshold ? "near" : "other",
        });
    }
  }
  return { reviewed, audited, flagged };
}

describe("partialLabelSample", () => {
  it("partialLabelSample weights reviews up to all flags and audits by 1 / inclusion probability", () => {
    const sample = partialLabelSample({
      reviewed: [
        { score: 0.9, label: true },
        { score: 0.85, label: false },
      ],
      flagged: 4,
      audited: [
        { score: 0.3, label: true, inclusionProbability: 0.1, stratum: "near" },
        { score: 0.1, label: false, inclusionProbability: 0.01, stratum: "other" },
      ],
    });
    expect(sample.strata.map((s) => [s.name, s.weight])).toEqual([
      ["reviewed flags", 2],
      ["audit: near", 10],
      ["audit: other", 100],
    ]);
    const est = thresholdEstimate(sample, THRESHOLD, { replicates: 20 });
    // 2 caught (weight 2 × 1), 10 missed (weight 10 × 1): recall 2 / 12.
    expect(est.rates.recall).toBeCloseTo(2 / 12, 12);
    expect(est.rates.precision).toBeCloseTo(0.5, 12);
    expect(est.basis).toMatch(
      /precision from 2 reviewer decisions on 4 flagged listings \(1 violations\); recall from 2 audits of unflagged listings in 2 strata/,
    );
  });

  it("a 95% interval for audit-weighted recall covers the population's recall about 95% of the time (seeded simulation)", () => {
    const pop = population(11);
    const caught = pop.filter((l) => l.violation && l.score >= THRESHOLD).length;
    const truth = caught / pop.filter((l) => l.violation).length;
    const sims = 200;
    let covered = 0;
    for (let s = 0; s < sims; s++) {
      const sample = partialLabelSample(observe(pop, 1000 + s));
      const ci = bootstrapInterval(
        sample,
        (c) => detectionRates(confusionMatrix(c, THRESHOLD)).recall,
        {
          replicates: 300,
          seed: s + 1,
        },
      );
      if (ci.lower <= truth && truth <= ci.upper) covered++;
    }
    expect(covered / sims).toBeGreaterThan(0.9);
    expect(covered / sims).toBeLessThanOrEqual(0.99);
  });
});
