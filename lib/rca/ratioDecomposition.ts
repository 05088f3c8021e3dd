import { dimensionSums } from "./dimensionSums.js";
import type { LeafCube } from "./leafCube.js";
import * as msg from "./messages.js";
import { RcaError } from "./RcaError.js";

/** One period's side of a {@link RateMixSegment}. */
export interface RateMixSide {
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when the segment is absent (denominator 0). */
  rate: number | null;
  /** Share of the period's denominator. */
  share: number;
}

/** One value of the dimension in a {@link RatioDecomposition}. */
export interface RateMixSegment {
  value: string;
  /** "new": absent in the baseline; "gone": absent now; "both" otherwise. */
  status: "both" | "new" | "gone";
  baseline: RateMixSide;
  current: RateMixSide;
  /** Baseline share × change in rate: the change had the mix stayed put. */
  rateEffect: number;
  /** Change in share × (baseline rate − overall baseline rate): the change from mix alone. */
  mixEffect: number;
  /** Change in share × change in rate. */
  interactionEffect: number;
  /** rateEffect + mixEffect + interactionEffect. */
  total: number;
}

/** Result of {@link ratioDecomposition}; the three effects add up exactly to `change`. */
export interface RatioDecomposition {
  dimension: string;
  baseline: number;
  current: number;
  change: number;
  rateEffect: number;
  mixEffect: number;
  interactionEffect: number;
  /** Largest |total| first. */
  segments: RateMixSegment[];
}

/**
 * Splits the change of a ratio KPI (R = Σ share·rate) along one dimension into rate, mix and
 * interaction effects (Kitagawa 1955; Das Gupta 1993): ΔR = Σ w₀Δr + Σ Δw(r₀ − R₀) + Σ ΔwΔr.
 * Centring the mix term on R₀ leaves the sum unchanged but makes each segment's mix readable: more
 * weight on a segment helps only if its rate is above average. Kitagawa's symmetric two-way split
 * gives half the interaction to each of rate and mix. A segment that appears (or vanishes) has no
 * rate in one period; it borrows the other period's rate, so its whole effect is mix.
 * @example ratioDecomposition(cube, "queue").segments[0] // { value: "contact", rateEffect: -0.21, mixEffect: -0.04, … }
 */
export function ratioDecomposition(cube: LeafCube, dim: string): RatioDecomposition {
  if (cube.kind !== "ratio") throw new RcaError(msg.notRatio("ratioDecomposition"));
  if (cube.empty) throw new RcaError(cube.empty);
  const { sums } = dimensionSums(cube, dim);
  const { baseline: B, current: C } = cube.totals;
  const R0 = B.numerator / B.denominator;
  const R1 = C.numerator / C.denominator;
  const side = (n: number, d: number, total: number): RateMixSide => ({
    numerator: n,
    denominator: d,
    rate: d > 0 ? n / d : null,
    share: d / total,
  });
  const segments = sums
    .map((s, code): RateMixSegment => {
      const baseline = side(s.bNum, s.bDen, B.denominator);
      const current = side(s.cNum, s.cDen, C.denominator);
      const a = baseline.rate ?? current.rate ?? 0;
      const b = current.rate ?? baseline.rate ?? 0;
      const dw = current.share - baseline.share;
      const rateEffect = baseline.share * (b - a);
      const mixEffect = dw * (a - R0);
      const interactionEffect = dw * (b - a);
      const status = baseline.rate === null ? "new" : current.rate === null ? "gone" : "both";
      return {
        value: cube.labels[cube.dims.indexOf(dim)][code],
        status,
        baseline,
        current,
        rateEffect,
        mixEffect,
        interactionEffect,
        total: rateEffect + mixEffect + interactionEffect,
      };
    })
    .filter((s) => s.baseline.denominator > 0 || s.current.denominator > 0)
    .sort((x, y) => Math.abs(y.total) - Math.abs(x.total) || (x.value < y.value ? -1 : 1));
  const sum = (f: (s: RateMixSegment) => number) => segments.reduce((acc, s) => acc + f(s), 0);
  return {
    dimension: dim,
    baseline: R0,
    current: R1,
    change: R1 - R0,
    rateEffect: sum((s) => s.rateEffect),
    mixEffect: sum((s) => s.mixEffect),
    interactionEffect: sum((s) => s.interactionEffect),
    segments,
  };
}
