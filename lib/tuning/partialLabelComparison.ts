import type { Dataset } from "../dataset/Dataset.js";
import { labelledSample } from "../metrics/LabelledSample.js";
import { thresholdEstimate, type ThresholdEstimate } from "../metrics/thresholdEstimate.js";
import { partialLabelQuery } from "./partialLabelQuery.js";
import type { ModelThresholdReadout } from "./thresholdReadout.js";

/** Options for {@link partialLabelComparison}. */
export interface PartialLabelComparisonOptions {
  /** Labels of listings scored from this instant on. Default: all. */
  since?: Date;
  /** Bootstrap replicates (default 300) and seed (default 1). */
  replicates?: number;
  seed?: number;
}

/** Precision and recall at a model's current threshold from the labels TnS has, beside the truth. */
export interface PartialLabelComparison {
  model: string;
  /** The model's current threshold, where both are estimated. */
  threshold: number;
  /** Audited (unflagged, sampled) listings the recall estimate rests on. */
  audited: number;
  /** From reviewer decisions on flagged listings and the inverse-probability-weighted audits. */
  estimated: ThresholdEstimate;
  /** From the ground truth of every listing in the model's window. */
  truth: ThresholdEstimate;
  /** Whether the estimated recall's interval contains the ground-truth recall. */
  covers: boolean;
}

/**
 * What reviews plus the audit sample say about a model's precision and recall at its current
 * threshold, against what the ground truth of its scored listings says: the check that the
 * audit-weighted recall estimate is honest, and how wide the audits leave it.
 * @example const { covers, audited } = await partialLabelComparison(ds, readout.models[0], { since });
 */
export async function partialLabelComparison(
  ds: Dataset,
  model: ModelThresholdReadout,
  options: PartialLabelComparisonOptions = {},
): Promise<PartialLabelComparison> {
  const { since, replicates = 300, seed = 1 } = options;
  const threshold = model.recommendation.current?.threshold;
  if (threshold === undefined)
    throw new Error(
      `partialLabelComparison: ${model.model} has no current threshold; give the readout its thresholds (thresholdReadout's \`thresholds\` option)`,
    );
  const partial = await partialLabelQuery(ds, { model: model.model, since });
  const estimated = thresholdEstimate(partial.sample, threshold, { replicates, seed });
  const truth = thresholdEstimate(labelledSample(model.window.counts), threshold, {
    replicates,
    seed,
  });
  return {
    model: model.model,
    threshold,
    audited: partial.audited,
    estimated,
    truth,
    covers:
      estimated.recall.lower <= truth.recall.estimate &&
      truth.recall.estimate <= estimated.recall.upper,
  };
}
