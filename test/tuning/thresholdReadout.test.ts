import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import {
  thresholdCard,
  thresholdReadout,
  type ThresholdReadout,
} from "../../lib/tuning/thresholdReadout.js";
import { mergeScoreCounts } from "../../lib/metrics/mergeScoreCounts.js";

describe("thresholdReadout on the sample", () => {
  let ds: Dataset;
  let readout: ThresholdReadout;
  beforeAll(async () => {
    ds = await openDataset("data/tns.yaml");
    readout = await thresholdReadout(ds, {
      minPrecision: 0.7,
      capacities: { counterfeit: 6, contact: 4 },
      replicates: 100,
    });
  }, 300_000);
  afterAll(() => ds.close());

  it("tunes the active flagging models since the rollout, most flags first", () => {
    expect(readout.sinceDay).toBe("2026-08-31");
    expect(readout.models.map((m) => m.model)).toEqual(["counterfeit_v4", "contact_v1"]);
    for (const m of readout.models) {
      expect(m.recommendation.labelled).toBe(m.window.n);
      expect(m.stability.first.n + m.stability.second.n).toBe(m.window.n);
      expect(m.capacity).toBe(m.queue === "counterfeit" ? 6 : 4);
    }
  });

  it("demotes a recommendation whose stability check failed, and its card does not present it as a decision", () => {
    for (const m of readout.models) {
      if (m.stability.check.holds) continue;
      expect(m.recommendation.verdict).toBe("failed_next_period");
      expect(m.recommendation.meetsTargets).toBe(false);
      expect(m.card.title).toBe(`${m.model}: not confirmed on the next period`);
      expect(m.card.action).toMatch(/^Not a decision/);
    }
    expect(readout.models.some((m) => !m.stability.check.holds)).toBe(true);
  });

  it("says which table is missing instead of tuning nothing silently", async () => {
    const none = await thresholdReadout(ds, { minPrecision: 0.7, models: [] });
    expect(none.models).toEqual([]);
    expect(none.missing).toMatch(/no model/);
  });
});

describe("thresholdCard", () => {
  // Scores 0.1 … 0.9, the high ones mostly violations: a clear, well-supported threshold.
  const scores = Array.from({ length: 9 }, (_, i) => (i + 1) / 10);
  const counts = (n: number) =>
    mergeScoreCounts({
      scores: Float64Array.from(scores),
      positives: Float64Array.from(scores.map((s) => Math.round(n * s * s))),
      negatives: Float64Array.from(scores.map((s) => Math.round(n * (1 - s)))),
      resolution: "exact",
      rounded: 0,
    });

  it("words only a confident recommendation as a change to make", () => {
    const sure = recommendThreshold(counts(2000), {
      minPrecision: 0.7,
      current: 0.5,
      step: 0.1,
      replicates: 100,
    });
    expect(sure.verdict).toBe("meets_targets");
    expect(thresholdCard("m", sure, undefined).action).toMatch(/^Raise m from 0\.50 to 0\.\d0\.$/);
    const thin = recommendThreshold(counts(3), {
      minPrecision: 0.7,
      current: 0.5,
      step: 0.1,
      replicates: 100,
    });
    expect(thin.verdict).not.toBe("meets_targets");
    expect(thresholdCard("m", thin, undefined).action).not.toMatch(/^Raise/);
    expect(thresholdCard("m", thin, undefined).rationale).toContain(thin.warnings[0] ?? "");
  });

  it("gives the effect once on a card: in its impact line, not again in its rationale", () => {
    const sure = recommendThreshold(counts(2000), {
      minPrecision: 0.7,
      current: 0.5,
      step: 0.1,
      replicates: 100,
    });
    const card = thresholdCard("m", sure, undefined);
    expect(sure.rationale).toMatch(/^Raise the threshold from 0\.50 to 0\.\d0: precision /);
    expect(card.impact).toMatch(/^precision \d+\.\d% → /);
    expect(card.rationale).not.toMatch(/Raise the threshold|precision \d+% → /);
    expect(card.rationale).toMatch(
      /^It gives the highest recall among thresholds with precision ≥ 70%/,
    );
    expect(card.rationale).toContain("The threshold itself is uncertain");
  });
});
