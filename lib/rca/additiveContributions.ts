import { dimensionSums } from "./dimensionSums.js";
import type { LeafCube } from "./leafCube.js";
import * as msg from "./messages.js";
import { RcaError } from "./RcaError.js";

/** One value of the dimension in {@link AdditiveContributions}. */
export interface SegmentContribution {
  value: string;
  baseline: number;
  current: number;
  /** current − baseline (after scaling the baseline). */
  contribution: number;
  /** contribution / overall change; the shares add up to 1. */
  share: number;
}

/** Result of {@link additiveContributions}; the contributions add up exactly to `change`. */
export interface AdditiveContributions {
  dimension: string;
  baseline: number;
  current: number;
  change: number;
  /** Largest |contribution| first. */
  segments: SegmentContribution[];
}

/**
 * Each value's contribution to the change of an additive KPI (a sum: flags, missed violations,
 * GMV) along one dimension. Negative measures are allowed. `baselineScale` multiplies the baseline
 * (e.g. 15/14 when the current period is a day longer); default 1.
 * @example additiveContributions(cube, "category").segments[0] // { value: "bags", contribution: 104, share: 0.83, … }
 */
export function additiveContributions(
  cube: LeafCube,
  dim: string,
  baselineScale = 1,
): AdditiveContributions {
  if (cube.kind !== "additive")
    throw new RcaError(
      msg.badOption(
        "cube",
        cube.kind,
        "an additive cube (built with measure); for ratios use ratioDecomposition",
      ),
    );
  if (cube.empty) throw new RcaError(cube.empty);
  const { index, sums } = dimensionSums(cube, dim);
  const baseline = cube.totals.baseline.numerator * baselineScale;
  const current = cube.totals.current.numerator;
  const change = current - baseline;
  const segments = sums
    .map((s, code) => {
      const contribution = s.cNum - s.bNum * baselineScale;
      return {
        value: cube.labels[index][code],
        baseline: s.bNum * baselineScale,
        current: s.cNum,
        contribution,
        share: change !== 0 ? contribution / change : 0,
      };
    })
    .filter((s) => s.baseline !== 0 || s.current !== 0 || s.contribution !== 0)
    .sort(
      (x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || (x.value < y.value ? -1 : 1),
    );
  return { dimension: dim, baseline, current, change, segments };
}
