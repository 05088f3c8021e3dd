import { randomLcg } from "d3-random";
import { foldSample, onStepGrid } from "../metrics/foldScoreCounts.js";
import { percentileInterval } from "../metrics/bootstrapInterval.js";
import { checkReplicates } from "../metrics/checkReplicates.js";
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
import type {
  Estimate,
  ThresholdOutlook,
  ThresholdRecommendation,
} from "./ThresholdRecommendation.js";
import { countTotals } from "../metrics/ScoreCounts.js";
import { normalQuantile } from "../metrics/normalQuantile.js";
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
  /**
   * The probability (share of bootstrap replicates) with which every constraint must hold before
   * the threshold is said to meet it; below it the result says the evidence is not enough.
   * Default 0.9.
   */
  confidence?: number;
  /** Interval level. Default 0.95. */
  level?: number;
  /** Bootstrap replicates. Default 300, at most `maxReplicates` (10,000). */
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
 * interval, the current threshold beside it and a plain-language rationale. A threshold meets the
 * targets only where each constraint holds in at least `confidence` of the replicates; otherwise
 * the verdict is "not_enough_evidence" with an estimate of the labels that would settle it. When
 * no threshold meets the constraints it says so and returns the closest one (`feasible: false`).
 * Small samples (under 200 labels, or a precision interval wider than 20 points) get a warning.
 * @example recommendThreshold(sample, { minPrecision: 0.8, capacity: 40, days: 28, current: 0.8 })
 */
export function recommendThreshold(
  data: ScoreCounts | LabelledSample,
  options: RecommendThresholdOptions = {},
): ThresholdRecommendation {
  const given = isSample(data) ? data : labelledSample(data);
  const { level = 0.95, replicates = 300, seed = 1, current, dailyVolume } = options;
  const { confidence = 0.9 } = options;
  validate(options);
  // On a grid of thresholds (and a current threshold on it), scores folded onto the grid give the
  // same points and the same bootstrap distribution at a fraction of the cost.
  const step = options.step;
  const sample =
    step !== undefined && (current === undefined || onStepGrid(current, step))
      ? foldSample(given, step)
      : given;
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
  const expected = outlook(0);
  const labelled = sample.strata.reduce((sum, s) => {
    const { positives, negatives } = countTotals(s.counts);
    return sum + positives + negatives;
  }, 0);
  const probabilities = Object.values(expected.constraintProbability);
  const confident = probabilities.every((p) => p >= confidence);
  const verdict = !chosen.feasible
    ? "no_threshold_meets"
    : confident
      ? "meets_targets"
      : "not_enough_evidence";
  const warnings =
    rechosen.length < replicates
      ? [`${replicates - rechosen.length} bootstrap replicates had no threshold`]
      : [];
  const width = expected.precision.upper - expected.precision.lower;
  if (labelled < smallSample || width > wideInterval)
    warnings.push(msg.smallSample(labelled, expected.precision, level));
  const result = {
    threshold,
    feasible: chosen.feasible,
    confidence,
    meetsTargets: verdict === "meets_targets",
    verdict,
    labelsNeeded:
      verdict === "not_enough_evidence"
        ? labelsNeeded(expected, constraints, labelled, level, confidence)
        : undefined,
    labelled,
    objective: typeof objective === "function" ? "custom" : objective,
    constraints,
    expected,
    current: current === undefined ? undefined : outlook(1),
    thresholdInterval: { estimate: threshold, lower, upper },
    basis: sample.basis,
    points,
    level,
    replicates,
    seed,
    step,
    warnings,
  } satisfies Omit<ThresholdRecommendation, "rationale">;
  return { ...result, rationale: recommendationRationale(result) };
}

const smallSample = 200;
const wideInterval = 0.2;

/**
 * Labels to add so that every constraint short of the confidence would hold with it, if the
 * estimates stay: the interval shrinks as 1/√n, so the margin must reach z(confidence) standard
 * errors. Undefined when an estimate is on the wrong side of its target, or so close to it that
 * more than ten times the labels at hand would be needed: labels alone will not settle it.
 */
function labelsNeeded(
  e: ThresholdOutlook,
  k: ThresholdConstraints,
  n: number,
  level: number,
  confidence: number,
): number | undefined {
  const zLevel = normalQuantile((1 + level) / 2);
  const zWanted = normalQuantile(confidence);
  let needed = 0;
  const margins: [number, Estimate][] = [];
  if (k.minPrecision !== undefined)
    margins.push([e.precision.estimate - k.minPrecision, e.precision]);
  if (k.minRecall !== undefined) margins.push([e.recall.estimate - k.minRecall, e.recall]);
  if (k.capacity !== undefined) margins.push([k.capacity - e.flagsPerDay.estimate, e.flagsPerDay]);
  for (const [margin, estimate] of margins) {
    const se = (estimate.upper - estimate.lower) / (2 * zLevel);
    if (!(se > 0)) continue;
    if (!(margin > 0)) return undefined;
    needed = Math.max(needed, n * ((zWanted * se) / margin) ** 2);
  }
  if (needed > 10 * n) return undefined;
  return Math.max(0, Math.ceil(needed - n));
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
    if (o[name] !== undefined && !(o[name] >= 0 && o[name] <= 1))
      throw new MetricsError(msg.badProbability(name, o[name]));
  if (o.capacity !== undefined && !(o.capacity > 0))
    throw new MetricsError(msg.badPositive("capacity", o.capacity, "200 (flags per day)"));
  if (o.capacity !== undefined && o.days === undefined)
    throw new MetricsError(msg.capacityWithoutTime());
  if (o.days !== undefined && !(o.days > 0))
    throw new MetricsError(msg.badPositive("days", o.days, "28"));
  for (const name of ["costFalsePositive", "costFalseNegative", "beta"] as const)
    if (o[name] !== undefined && !(o[name] > 0 && Number.isFinite(o[name])))
      throw new MetricsError(msg.badPositive(name, o[name], "1"));
  if (o.step !== undefined && !(o.step > 0 && o.step <= 0.5))
    throw new MetricsError(msg.badPositive("step", o.step, "0.01"));
  if (o.confidence !== undefined && !(o.confidence > 0 && o.confidence < 1))
    throw new MetricsError(msg.badConfidence(o.confidence));
  if (o.current !== undefined && !(o.current >= 0 && o.current <= 1))
    throw new MetricsError(msg.badThreshold(o.current));
  checkReplicates(o.replicates);
}
