import type { ConfusionMatrix } from "./confusionMatrix.js";

/** The rates of a confusion matrix; NaN where a denominator is 0 (named in `warnings`). */
export interface DetectionRates {
  threshold: number;
  /** Rows (or total weight). */
  n: number;
  /** Flagged violations / flagged. */
  precision: number;
  /** Flagged violations / violations (true positive rate). */
  recall: number;
  f1: number;
  /** Fβ with the `beta` of the options. */
  fbeta: number;
  beta: number;
  /** Flagged non-violations / non-violations. */
  falsePositiveRate: number;
  /** 1 − false positive rate. */
  specificity: number;
  /** Flagged / all: the share of listings sent to the queue. */
  flagRate: number;
  /** Violations / all. */
  prevalence: number;
  warnings: string[];
}

/** Options for {@link detectionRates}. */
export interface DetectionRatesOptions {
  /** β of Fβ: recall counts β times as much as precision. Default 1. */
  beta?: number;
}

/**
 * Precision, recall, F1, Fβ, false positive rate, specificity, flag (queue) rate and prevalence
 * of a confusion matrix.
 * @example detectionRates(confusionMatrix(counts, 0.8), { beta: 2 }).precision // 0.82
 */
export function detectionRates(
  matrix: ConfusionMatrix,
  options: DetectionRatesOptions = {},
): DetectionRates {
  const beta = options.beta ?? 1;
  const { truePositives: tp, falsePositives: fp, trueNegatives: tn, falseNegatives: fn } = matrix;
  const n = tp + fp + tn + fn;
  const warnings: string[] = [];
  const ratio = (num: number, den: number, what: string) => {
    if (den > 0) return num / den;
    warnings.push(`${what} is undefined at threshold ${matrix.threshold}: its denominator is 0`);
    return NaN;
  };
  const precision = ratio(tp, tp + fp, "precision (nothing flagged)");
  const recall = ratio(tp, tp + fn, "recall (no violations)");
  const falsePositiveRate = ratio(fp, fp + tn, "the false positive rate (no non-violations)");
  const fScore = (b: number) =>
    tp === 0 && fp + fn > 0 ? 0 : ((1 + b * b) * tp) / ((1 + b * b) * tp + b * b * fn + fp);
  return {
    threshold: matrix.threshold,
    n,
    precision,
    recall,
    f1: fScore(1),
    fbeta: fScore(beta),
    beta,
    falsePositiveRate,
    specificity: 1 - falsePositiveRate,
    flagRate: ratio(tp + fp, n, "the flag rate (no rows)"),
    prevalence: ratio(tp + fn, n, "prevalence (no rows)"),
    warnings,
  };
}
