import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bootstrapInterval } from "../../lib/metrics/bootstrapInterval.js";
import { maxReplicates } from "../../lib/metrics/checkReplicates.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { labelledSample } from "../../lib/metrics/LabelledSample.js";
import { MetricsError } from "../../lib/metrics/MetricsError.js";
import { thresholdEstimate } from "../../lib/metrics/thresholdEstimate.js";
import { recommendationBacktest } from "../../lib/tuning/recommendationBacktest.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { thresholdBands } from "../../lib/tuning/thresholdBands.js";

const counts = countScores([0.95, 0.9, 0.8, 0.6, 0.4, 0.2], [1, 1, 0, 1, 0, 0]);
const sample = labelledSample(counts);
// 1e9 replicates ran for hours; every entry point refuses it before the first draw.
const tooMany = [1e9, maxReplicates + 1, 0, -5, 2.5, NaN, Infinity];

describe("bootstrap replicates are capped at maxReplicates", () => {
  it("maxReplicates is 10,000 and is itself accepted", () => {
    expect(maxReplicates).toBe(10_000);
    expect(bootstrapInterval(sample, () => 1, { replicates: maxReplicates }).replicates).toBe(
      maxReplicates,
    );
  });

  it("bootstrapInterval and thresholdEstimate name the option, the value and the limit", () => {
    for (const replicates of tooMany) {
      expect(() => bootstrapInterval(sample, () => 1, { replicates })).toThrow(MetricsError);
      expect(() => thresholdEstimate(sample, 0.5, { replicates })).toThrow(MetricsError);
    }
    expect(() => bootstrapInterval(sample, () => 1, { replicates: 1e9 })).toThrow(
      /^replicates: 1000000000 is not a whole number from 1 to 10,000; .*write e\.g\. 500$/,
    );
    expect(() => thresholdEstimate(sample, 0.5, { replicates: 2.5 })).toThrow(
      /^replicates: 2\.5 is not a whole number from 1 to 10,000/,
    );
  });

  it("recommendThreshold, recommendationBacktest and thresholdBands refuse them too", () => {
    for (const replicates of tooMany) {
      expect(() => recommendThreshold(counts, { replicates })).toThrow(MetricsError);
      expect(() => thresholdBands(sample, { replicates })).toThrow(MetricsError);
    }
    expect(() => recommendThreshold(counts, { replicates: 1e9 })).toThrow(
      /^replicates: 1000000000 is not a whole number from 1 to 10,000/,
    );
    expect(() => thresholdBands(sample, { replicates: 20_000 })).toThrow(
      /^replicates: 20000 is not a whole number from 1 to 10,000/,
    );
    const recommendation = recommendThreshold(counts, { replicates: 50 });
    expect(() => recommendationBacktest(recommendation, counts, { replicates: 1e9 })).toThrow(
      /^replicates: 1000000000/,
    );
  });

  it("tns tune --replicates 1e9 exits 2 at once with the option, the value and the limit", () => {
    const started = Date.now();
    const run = spawnSync(
      process.execPath,
      [
        "bin/tns.js",
        "tune",
        "--data",
        "data/model_scores.csv",
        "--where",
        "model=counterfeit_v4",
        "--score",
        "score",
        "--labels",
        "data/listings.csv",
        "--label",
        "is_violation",
        "--replicates",
        "1e9",
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    expect(run.stderr.trim()).toMatch(
      /^tns: --replicates: 1000000000 is not a whole number from 1 to 10,000; .*write e\.g\. 500$/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.status).toBe(2);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
