import type { Dataset } from "../dataset/Dataset.js";
import type { ScoreCounts } from "../metrics/ScoreCounts.js";
import { calibrationShift, type CalibrationShift } from "./calibrationShift.js";
import type { ModelRollout } from "./modelInventory.js";
import { modelScoreWindow } from "./modelScoreWindow.js";
import { scoreDrift, type ScoreDrift } from "./scoreDrift.js";
import type { ThresholdReadout } from "./thresholdReadout.js";

/** Options for {@link rolloutShift}. */
export interface RolloutShiftOptions {
  /** The threshold both versions are compared at: the new model's current threshold. */
  threshold: number;
}

/** How a model rollout moved the scores: both versions on the shadow listings, and the new one since. */
export interface RolloutShift {
  rollout: ModelRollout;
  threshold: number;
  /** The retired model's scores on the listings both versions scored. */
  before: ScoreCounts;
  /** The new model's scores on those same listings. */
  shadow: ScoreCounts;
  /** The new model's scores since the readout's start, and how many listings they are. */
  after: ScoreCounts;
  afterN: number;
  /** PSI and KS of the new scores against the old on the shadow listings. */
  drift: ScoreDrift;
  /** Flag rates, precision and recall at `threshold` before and after, with a summary sentence. */
  shift: CalibrationShift;
}

/**
 * The score shift of the rollout a threshold readout found (undefined when it found none): the
 * retired and the new model on the listings both scored (drift and calibration shift at the
 * threshold) and the new model's own window, reused from the readout when it tuned that model.
 * @example const shift = await rolloutShift(ds, readout, { threshold: 0.8 }); shift?.drift.verdict // "moderate"
 */
export async function rolloutShift(
  ds: Dataset,
  readout: ThresholdReadout,
  options: RolloutShiftOptions,
): Promise<RolloutShift | undefined> {
  const rollout = readout.inventory.rollout;
  if (!rollout) return undefined;
  const { threshold } = options;
  const { before: old, after: model } = rollout;
  const before = (await modelScoreWindow(ds, { model: old, sharedWith: model })).counts;
  const shadow = (await modelScoreWindow(ds, { model, sharedWith: old })).counts;
  const window =
    readout.models.find((m) => m.model === model)?.window ??
    (await modelScoreWindow(ds, { model, since: readout.since }));
  return {
    rollout,
    threshold,
    before,
    shadow,
    after: window.counts,
    afterN: window.n,
    drift: scoreDrift(before, shadow),
    shift: calibrationShift(before, shadow, threshold),
  };
}
