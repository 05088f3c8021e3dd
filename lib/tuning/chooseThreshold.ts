import type { ThresholdPoint } from "./thresholdPoints.js";

/** Objectives a threshold can maximise (cost is minimised). */
export type ThresholdObjectiveName = "f1" | "fbeta" | "cost" | "recall" | "precision";

/** Constraints on a threshold; each is optional. */
export interface ThresholdConstraints {
  /** Precision at least this (e.g. 0.9 before auto-blocking). */
  minPrecision?: number;
  /** Recall at least this (e.g. 0.8 for a high-harm policy). */
  minRecall?: number;
  /** Flags per day at most this (the review team's capacity). */
  capacity?: number;
}

/** The constraint names, in report order. */
export type ConstraintName = keyof ThresholdConstraints;

/** How far a point misses each constraint, relative to the target (0 = met). */
export function shortfalls(
  point: ThresholdPoint,
  c: ThresholdConstraints,
): Record<ConstraintName, number> {
  const miss = (gap: number, target: number) => (Number.isNaN(gap) ? 1 : Math.max(0, gap / target));
  return {
    minPrecision:
      c.minPrecision === undefined ? 0 : miss(c.minPrecision - point.precision, c.minPrecision),
    minRecall: c.minRecall === undefined ? 0 : miss(c.minRecall - point.recall, c.minRecall),
    capacity: c.capacity === undefined ? 0 : miss(point.flagsPerDay - c.capacity, c.capacity),
  };
}

/** The value an objective maximises at a point (cost negated, NaN as −∞). */
export function objectiveValue(
  point: ThresholdPoint,
  objective: ThresholdObjectiveName | ((point: ThresholdPoint) => number),
): number {
  const value =
    typeof objective === "function"
      ? objective(point)
      : objective === "cost"
        ? -point.cost
        : objective === "recall"
          ? point.recall
          : objective === "precision"
            ? point.precision
            : point.fbeta;
  return Number.isNaN(value) ? -Infinity : value;
}

/**
 * The index of the best point meeting every constraint (ties go to the higher Fβ, then the
 * higher threshold: fewer flags), or, when none does, of the point with the smallest largest
 * relative shortfall (`feasible: false`).
 */
export function chooseThreshold(
  points: readonly ThresholdPoint[],
  objective: ThresholdObjectiveName | ((point: ThresholdPoint) => number),
  constraints: ThresholdConstraints,
): { index: number; feasible: boolean } {
  let best = -1;
  let bestValue = -Infinity;
  let closest = -1;
  let closestMiss = Infinity;
  points.forEach((p, i) => {
    const miss = Math.max(...Object.values(shortfalls(p, constraints)));
    if (miss > 0) {
      if (miss < closestMiss) [closest, closestMiss] = [i, miss];
      return;
    }
    const value = objectiveValue(p, objective);
    if (best < 0 || value > bestValue || (value === bestValue && p.fbeta > points[best].fbeta))
      [best, bestValue] = [i, value];
  });
  return best >= 0 ? { index: best, feasible: true } : { index: closest, feasible: false };
}
