import type { LeafCube } from "./leafCube.js";
import type { RcaCause } from "./RcaCause.js";
import type { Segment } from "./Segment.js";
import type { SegmentSums } from "./segmentSums.js";
import { jsSurprise } from "./jsSurprise.js";

const rate = (n: number, d: number) => (d > 0 ? n / d : null);
const finite = (x: number) => (Number.isFinite(x) ? x : null);

/**
 * The evidence for a segment as a cause (see {@link RcaCause}), with `score` 0 for the caller to set.
 * `scale` multiplies baseline sums to the current period's size (1 for additive KPIs by default;
 * for ratios, current / baseline total denominator, so only shifts in mix count as volume change).
 */
export function causeEvidence(
  segment: Segment,
  s: SegmentSums,
  cube: LeafCube,
  scale: number,
): RcaCause {
  const { baseline: B, current: C } = cube.totals;
  const support = { baseline: s.bRows, current: s.cRows };
  if (cube.kind === "additive") {
    const f = s.bNum * scale;
    const contribution = s.cNum - f;
    const total = C.numerator - B.numerator * scale;
    return {
      segment,
      score: 0,
      baseline: f,
      current: s.cNum,
      contribution,
      explanatoryPower: total !== 0 ? contribution / total : 0,
      surprise: jsSurprise(
        B.numerator > 0 ? s.bNum / B.numerator : 0,
        C.numerator > 0 ? s.cNum / C.numerator : 0,
      ),
      effectSize: f !== 0 ? finite(contribution / Math.abs(f)) : null,
      zScore: null,
      support,
    };
  }
  // Adtributor's derived-measure counterfactual: the overall ratio if only this segment moved from
  // its (scaled) baseline to its current sums, minus the baseline ratio.
  const F1 = B.numerator * scale;
  const F2 = B.denominator * scale;
  const d1 = s.cNum - s.bNum * scale;
  const d2 = s.cDen - s.bDen * scale;
  const contribution = F2 + d2 > 0 ? (d1 * F2 - d2 * F1) / (F2 * (F2 + d2)) : 0;
  const R0 = B.numerator / B.denominator;
  const R1 = C.numerator / C.denominator;
  const r0 = rate(s.bNum, s.bDen);
  const r1 = rate(s.cNum, s.cDen);
  // A segment that appears or vanishes borrows the other period's rate: its change is pure mix.
  const a = r0 ?? r1 ?? 0;
  const b = r1 ?? r0 ?? 0;
  const w0 = s.bDen / B.denominator;
  const w1 = s.cDen / C.denominator;
  return {
    segment,
    score: 0,
    baseline: r0,
    current: r1,
    contribution,
    explanatoryPower: R1 !== R0 ? contribution / (R1 - R0) : 0,
    surprise:
      jsSurprise(
        B.numerator > 0 ? s.bNum / B.numerator : 0,
        C.numerator > 0 ? s.cNum / C.numerator : 0,
      ) + jsSurprise(s.bDen / B.denominator, s.cDen / C.denominator),
    effectSize: r0 !== null && r1 !== null ? r1 - r0 : null,
    zScore: twoProportionZ(s.bNum, s.bDen, s.cNum, s.cDen),
    support,
    counts: {
      baseline: { numerator: s.bNum, denominator: s.bDen },
      current: { numerator: s.cNum, denominator: s.cDen },
    },
    rateEffect: w0 * (b - a),
    mixEffect: (w1 - w0) * (a - R0),
    interactionEffect: (w1 - w0) * (b - a),
  };
}

function twoProportionZ(x0: number, n0: number, x1: number, n1: number): number | null {
  if (!(n0 > 0 && n1 > 0) || x0 > n0 || x1 > n1) return null;
  const p = (x0 + x1) / (n0 + n1);
  const se = Math.sqrt(p * (1 - p) * (1 / n0 + 1 / n1));
  return se > 0 ? (x1 / n1 - x0 / n0) / se : null;
}
