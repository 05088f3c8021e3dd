import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../../lib/dataset/Dataset.js";
import { openDataset } from "../../lib/dataset/openDataset.js";
import { labelledSample } from "../../lib/metrics/LabelledSample.js";
import { thresholdEstimate } from "../../lib/metrics/thresholdEstimate.js";
import { countTotals } from "../../lib/metrics/ScoreCounts.js";
import { calibrationShift } from "../../lib/tuning/calibrationShift.js";
import { modelScoreWindow } from "../../lib/tuning/modelScoreWindow.js";
import { partialLabelComparison } from "../../lib/tuning/partialLabelComparison.js";
import { recommendThresholdBy } from "../../lib/tuning/recommendThresholdBy.js";
import { rolloutShift } from "../../lib/tuning/rolloutShift.js";
import { scoreDrift } from "../../lib/tuning/scoreDrift.js";
import { segmentRecommendations } from "../../lib/tuning/segmentRecommendations.js";
import { thresholdReadout, type ThresholdReadout } from "../../lib/tuning/thresholdReadout.js";

// The sections of the threshold-tuning report that follow its readout, on the sample data.
let ds: Dataset;
let readout: ThresholdReadout;
beforeAll(async () => {
  ds = await openDataset("data/tns.yaml");
  readout = await thresholdReadout(ds, {
    minPrecision: 0.7,
    capacities: { counterfeit: 6, contact: 4 },
    replicates: 50,
  });
}, 300_000);
afterAll(() => ds.close());

describe("partialLabelComparison", () => {
  it("partialLabelComparison estimates from reviews and audits beside the ground truth, at the current threshold", async () => {
    const lead = readout.models[0];
    const since = readout.since;
    const c = await partialLabelComparison(ds, lead, { since, replicates: 50, seed: 2 });
    expect(c.model).toBe("counterfeit_v4");
    expect(c.threshold).toBe(lead.recommendation.current!.threshold);
    expect(c.audited).toBeGreaterThan(0);
    expect(c.truth).toEqual(
      thresholdEstimate(labelledSample(lead.window.counts), c.threshold, {
        replicates: 50,
        seed: 2,
      }),
    );
    expect(c.estimated.basis).not.toBe(c.truth.basis);
    expect(c.covers).toBe(
      c.estimated.recall.lower <= c.truth.recall.estimate &&
        c.truth.recall.estimate <= c.estimated.recall.upper,
    );
  }, 120_000);

  it("partialLabelComparison throws for a model without a current threshold, naming the option", async () => {
    const lead = readout.models[0];
    const bare = { ...lead, recommendation: { ...lead.recommendation, current: undefined } };
    await expect(partialLabelComparison(ds, bare)).rejects.toThrow(
      /counterfeit_v4 has no current threshold.*thresholds/,
    );
  });
});

describe("rolloutShift", () => {
  it("rolloutShift compares both versions on the shadow listings and reuses the readout's window", async () => {
    const s = (await rolloutShift(ds, readout, { threshold: 0.8 }))!;
    expect([s.rollout.before, s.rollout.after]).toEqual(["counterfeit_v3", "counterfeit_v4"]);
    const shadow = countTotals(s.shadow);
    expect(shadow.positives + shadow.negatives).toBe(s.rollout.shadowListings);
    expect(s.drift).toEqual(scoreDrift(s.before, s.shadow));
    expect(s.shift).toEqual(calibrationShift(s.before, s.shadow, 0.8));
    const tuned = readout.models.find((m) => m.model === "counterfeit_v4")!;
    expect(s.after).toBe(tuned.window.counts);
    expect(s.afterN).toBe(tuned.window.n);
  }, 120_000);

  it("rolloutShift queries the new model's window when the readout did not tune it", async () => {
    const s = (await rolloutShift(ds, { ...readout, models: [] }, { threshold: 0.8 }))!;
    const tuned = readout.models.find((m) => m.model === "counterfeit_v4")!;
    expect(s.afterN).toBe(tuned.window.n);
    expect(s.after).not.toBe(tuned.window.counts);
    expect(s.after.scores).toEqual(tuned.window.counts.scores);
  }, 120_000);

  it("rolloutShift is undefined when the readout found no rollout", async () => {
    const none = { ...readout, inventory: { ...readout.inventory, rollout: undefined } };
    expect(await rolloutShift(ds, none, { threshold: 0.8 })).toBeUndefined();
  });
});

describe("segmentRecommendations", () => {
  it("segmentRecommendations tunes per category from the engine's groups at the current threshold", async () => {
    const lead = readout.models[0];
    const options = { minPrecision: 0.7, minSupport: 30, replicates: 20, seed: 1 };
    const segments = await segmentRecommendations(ds, lead, {
      by: ["category"],
      since: readout.since,
      ...options,
    });
    const { groups = [] } = await modelScoreWindow(ds, {
      model: lead.model,
      since: readout.since,
      by: ["category"],
    });
    expect(segments).toEqual(
      recommendThresholdBy(groups, {
        ...options,
        current: lead.recommendation.current!.threshold,
        step: 0.01,
      }),
    );
    expect(segments.length).toBeGreaterThan(1);
    expect(segments.every((s) => Object.keys(s.key).join() === "category")).toBe(true);
    for (const s of segments) expect(s.fallback).toBe(s.positives < 30);
  }, 120_000);
});
