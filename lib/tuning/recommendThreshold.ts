import { randomLcg } from "d3-random";
import { percentileInterval } from "../metrics/bootstrapInterval.js";
import { labelledSample, type LabelledSample } from "../metrics/LabelledSample.js";
import * as msg from "../metrics/messages.js";
import { MetricsError } from "../metrics/MetricsError.js";
import { populationCounts } from "../metrics/populationCounts.js";
import { resampleSample } from "../metrics/resampleSample.js";
import type { ScoreCounts } from "../metrics/ScoreCounts.js";
import {
  chooseThreshold,
  shortfalls,
  type ConstraintName,
  type ThresholdConstraints,
  type ThresholdObjectiveName,
} from "./chooseThreshold.js";
import { recommendationRationale } from "./recommendationRationale.js";
import type { ThresholdOutlook, ThresholdRecommendation } from "./ThresholdRecommendation.js";
import {
  thresholdPoints,
  type ThresholdPoint,
  type ThresholdPointsOptions,
} from "./thresholdPoints.js";

/** Options for {@link recommendThreshold}. */
export interface RecommendThresholdOptions extends ThresholdConstraints, ThresholdPointsOptions {
  /**
   * What to maximise among thresholds meeting the constraints: "f1", "fbeta", "recall",
   * "precision", "cost" (minimised) or a function of a point. Default: "cost" when a cost is
   * given, "recall" with minPrecision or capacity, "precision" with minRecall only, else "f1".
   */
  objective?: ThresholdObjectiveName | ((point: ThresholdPoint) => number);
  /** Scored listings per day (the volume series), to count days over capacity. Default none. */
  dailyVolume?: readonly number[];
  /** The threshold in production, reported beside the recommendation. Default none. */
  current?: number;
  /** Interval level. Default 0.95. */
  level?: number;
  /** Bootstrap replicates. Default 300. */
  replicates?: number;
  /** Bootstrap seed. Default 1. */
  seed?: number;
  /** Only recommend multiples of this step (e.g. 0.01 for thresholds a person can type). Default: any distinct score. */
  step?: number;
}

const isSample = (x: ScoreCounts | LabelledSample): x is LabelledSample => "strata" in x;

/**
 * Recommends a score threshold: the best objective among thresholds that meet the precision,
 * recall and capacity constraints, with expected precision, recall and flags per day under
 * seeded bootstrap intervals, the probability each constraint holds, the threshold's own
 * interval, the current threshold beside it and a plain-language rationale. When no threshold
 * meets the constraints it says so and returns the closest one (`feasible: false`).
 * @example recommendThreshold(sample, { minPrecision: 0.8, capacity: 40, days: 28, current: 0.8 })
 */
export function recommendThreshold(
  data: ScoreCounts | LabelledSample,
  options: RecommendThresholdOptions = {},
): ThresholdRecommendation {
  const sample = isSample(data) ? data : labelledSample(data);
  const { level = 0.95, replicates = 300, seed = 1, current, dailyVolume } = options;
  validate(options);
  const constraints: ThresholdConstraints = {
    minPrecision: options.minPrecision,
    minRecall: options.minRecall,
    capacity: options.capacity,
  };
  const objective =
    options.objective ??
    (options.costFalsePositive !== undefined || options.costFalseNegative !== undefined
      ? "cost"
      : options.minPrecision !== undefined || options.capacity !== undefined
        ? "recall"
        : options.minRecall !== undefined
          ? "precision"
          : options.beta !== undefined
            ? "fbeta"
            : "f1");
  const candidates = (counts: ScoreCounts) =>
    onGrid(thresholdPoints(counts, options), options.step);
  const points = candidates(populationCounts(sample));
  if (
    !points.length ||
    points[points.length - 1].truePositives + points[points.length - 1].falseNegatives === 0
  )
    throw new MetricsError(msg.noPositives("a threshold recommendation"));
  const chosen = chooseThreshold(points, objective, constraints);
  const threshold = points[chosen.index].threshold;
  const evaluated = current === undefined ? [threshold] : [threshold, current];

  // One pass of replicates serves every interval: metrics at the fixed thresholds, and the
  // threshold re-chosen on the replicate (its own uncertainty).
  const random = randomLcg(seed);
  const draws = evaluated.map(() => [] as ThresholdPoint[]);
  const rechosen: number[] = [];
  for (let r = 0; r < replicates; r++) {
    const replicate = candidates(populationCounts(resampleSample(sample, random)));
    evaluated.forEach((t, k) => draws[k].push(pointAt(replicate, t)));
    const again = chooseThreshold(replicate, objective, constraints);
    if (again.index >= 0) rechosen.push(replicate[again.index].threshold);
  }
  const outlook = (k: number): ThresholdOutlook => {
    const point = pointAt(points, evaluated[k]);
    const interval = (pick: (p: ThresholdPoint) => number) => {
      const values = draws[k].map(pick).filter((v) => !Number.isNaN(v));
      const [lower, upper] = percentileInterval(values, level);
      return { estimate: pick(point), lower, upper };
    };
    const probability: Partial<Record<ConstraintName, number>> = {};
    for (const name of Object.keys(constraints) as ConstraintName[])
      if (constraints[name] !== undefined)
        probability[name] =
          draws[k].filter((p) => shortfalls(p, constraints)[name] === 0).length / replicates;
    // At the lowest score every listing is flagged: that is the population size.
    const rate = point.flagged / points[points.length - 1].flagged;
    return {
      threshold: evaluated[k],
      precision: interval((p) => p.precision),
      recall: interval((p) => p.recall),
      flagsPerDay: interval((p) => p.flagsPerDay),
      fbeta: point.fbeta,
      cost: point.cost,
      daysOverCapacity:
        dailyVolume && options.capacity !== undefined
          ? dailyVolume.filter((v) => v * rate > options.capacity!).length
          : undefined,
      constraintProbability: probability,
    };
  };
  const [lower, upper] = percentileInterval(rechosen, level);
  const result = {
    threshold,
    feasible: chosen.feasible,
    objective: typeof objective === "function" ? "custom" : objective,
    constraints,
    expected: outlook(0),
    current: current === undefined ? undefined : outlook(1),
    thresholdInterval: { estimate: threshold, lower, upper },
    basis: sample.basis,
    points,
    level,
    replicates,
    seed,
    warnings:
      rechosen.length < replicates
        ? [`${replicates - rechosen.length} bootstrap replicates had no threshold`]
        : [],
  };
  return { ...result, rationale: recommendationRationale(result) };
}

/** The point of flagging scores ≥ t: the lowest listed threshold still ≥ t (nothing flagged above all). */
function pointAt(points: readonly ThresholdPoint[], t: number): ThresholdPoint {
  let lo = 0;
  let hi = points.length; // points descending: find the first index with threshold < t
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].threshold >= t) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return points[lo - 1];
  const fn = points.length ? points[0].truePositives + points[0].falseNegatives : 0;
  return {
    ...points[0],
    threshold: t,
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: fn,
    flagged: 0,
    precision: NaN,
    recall: 0,
    fbeta: 0,
    flagsPerDay: 0,
  };
}

/** With a step, the points at multiples of it (descending), each as flagging scores ≥ the multiple. */
function onGrid(points: ThresholdPoint[], step: number | undefined): ThresholdPoint[] {
  if (step === undefined || !points.length) return points;
  const out: ThresholdPoint[] = [];
  for (let k = Math.floor(1 / step + 1e-9); k >= 0; k--) {
    const t = Number((k * step).toFixed(10));
    out.push({ ...pointAt(points, t), threshold: t });
  }
  return out;
}

function validate(o: RecommendThresholdOptions): void {
  for (const name of ["minPrecision", "minRecall"] as const)
    if (o[name] !== undefined && !(o[name]! >= 0 && o[name]! <= 1))
      throw new MetricsError(msg.badProbability(name, o[name]));
  if (o.capacity !== undefined && !(o.capacity > 0))
    throw new MetricsError(msg.badPositive("capacity", o.capacity, "200 (flags per day)"));
  if (o.capacity !== undefined && o.days === undefined)
    throw new MetricsError(msg.capacityWithoutTime());
  if (o.days !== undefined && !(o.days > 0))
    throw new MetricsError(msg.badPositive("days", o.days, "28"));
  for (const name of ["costFalsePositive", "costFalseNegative", "beta"] as const)
    if (o[name] !== undefined && !(o[name]! > 0 && Number.isFinite(o[name])))
      throw new MetricsError(msg.badPositive(name, o[name], "1"));
  if (o.step !== undefined && !(o.step > 0 && o.step <= 0.5))
    throw new MetricsError(msg.badPositive("step", o.step, "0.01"));
  if (o.current !== undefined && !(o.current >= 0 && o.current <= 1))
    throw new MetricsError(msg.badThreshold(o.current));
}
