import {
  bootstrapInterval,
  type BootstrapInterval,
  type BootstrapIntervalOptions,
} from "./bootstrapInterval.js";
import { confusionMatrix, type ConfusionMatrix } from "./confusionMatrix.js";
import { detectionRates, type DetectionRates } from "./detectionRates.js";
import type { LabelledSample } from "./LabelledSample.js";
import { populationCounts } from "./populationCounts.js";

/** Precision, recall and flag rate at one threshold, each with a bootstrap interval. */
export interface ThresholdEstimate {
  threshold: number;
  /** Population-weighted counts. */
  matrix: ConfusionMatrix;
  rates: DetectionRates;
  precision: BootstrapInterval;
  recall: BootstrapInterval;
  flagRate: BootstrapInterval;
  /** Which labels the numbers rest on. */
  basis: string;
}

/**
 * Estimates precision, recall and flag rate at a threshold from a labelled sample (full or
 * partial labels), with seeded bootstrap intervals that resample within strata.
 * @example thresholdEstimate(partialLabelSample({ reviewed, flagged, audited }), 0.8).recall
 */
export function thresholdEstimate(
  sample: LabelledSample,
  threshold: number,
  options: BootstrapIntervalOptions = {},
): ThresholdEstimate {
  const matrix = confusionMatrix(populationCounts(sample), threshold);
  const rate = (pick: (r: DetectionRates) => number) =>
    bootstrapInterval(sample, (c) => pick(detectionRates(confusionMatrix(c, threshold))), options);
  return {
    threshold,
    matrix,
    rates: detectionRates(matrix),
    precision: rate((r) => r.precision),
    recall: rate((r) => r.recall),
    flagRate: rate((r) => r.flagRate),
    basis: sample.basis,
  };
}
