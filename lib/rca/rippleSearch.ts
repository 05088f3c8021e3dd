import { causeEvidence } from "./causeEvidence.js";
import { cuboids } from "./cuboids.js";
import { kpiChange } from "./kpiChange.js";
import type { LeafCube } from "./leafCube.js";
import * as msg from "./messages.js";
import type { RcaResult } from "./RcaResult.js";
import { RcaError } from "./RcaError.js";
import { rippleCandidates, type RippleCandidate } from "./rippleCandidates.js";
import { segmentSums } from "./segmentSums.js";

/**
 * Options for {@link rippleSearch}.
 * - `maxDepth`: most dimensions a segment fixes; default 3.
 * - `top`: most causes returned; default 5.
 * - `minGain`: smallest potential-score gain for a cause; default 0.05.
 * - `generalize`: a parent segment replaces a more specific one when it keeps at least
 *   (1 − generalize) of its gain (prefer the shortest description); default 0.02.
 * - `baselineScale`: additive KPIs: factor on the baseline (expected) sums; default 1.
 */
export interface RippleSearchOptions {
  maxDepth?: number;
  top?: number;
  minGain?: number;
  generalize?: number;
  baselineScale?: number;
}

/**
 * Multi-dimensional root-cause search that scores every segment of every cuboid up to `maxDepth`
 * with HotSpot's potential score (Sun et al., IEEE Access 2018): the share of the leaves' deviation
 * from expectation that disappears if the segment's change ripples to its leaves in proportion to
 * their expected values. It is stronger than HotSpot's per-cuboid Monte-Carlo tree search in two
 * ways: each segment's score comes in O(1) from five sums (Σv, Σf, Σv², Σf², Σvf per segment,
 * aggregated once per cuboid), so the search is exhaustive rather than sampled; and causes may come
 * from different cuboids, chosen greedily by gain among non-overlapping segments, each generalised
 * to its shortest ancestor that keeps almost all of its gain; after each choice the leaves it
 * explains are set aside and the rest re-scored, so causes may overlap where each adds.
 *
 * Expected values: additive KPIs use the (scaled) baseline per leaf. Ratio KPIs use the current
 * denominator × the leaf's baseline rate (the overall baseline rate for new leaves), so the search
 * finds where the *rate* moved at today's mix; see {@link ratioDecomposition} for mix.
 * @example rippleSearch(cube, { maxDepth: 3 }).causes[0].segment // { category: "bags", seller_tier: "new", seller_country: "CN" }
 */
export function rippleSearch(cube: LeafCube, options: RippleSearchOptions = {}): RcaResult {
  const { maxDepth = 3, top = 5, minGain = 0.05, generalize = 0.02, baselineScale = 1 } = options;
  for (const [name, value, ok] of [
    ["maxDepth", maxDepth, Number.isInteger(maxDepth) && maxDepth >= 1],
    ["top", top, Number.isInteger(top) && top >= 1],
    ["minGain", minGain, minGain >= 0 && minGain < 1],
    ["generalize", generalize, generalize >= 0 && generalize < 1],
  ] as const) {
    if (!ok)
      throw new RcaError(
        msg.badOption(
          name,
          value,
          name === "maxDepth" || name === "top" ? "a whole number ≥ 1" : "a number in [0, 1)",
        ),
      );
  }
  const base: RcaResult = {
    method: "ripple",
    kpi: null,
    dims: cube.dims,
    causes: [],
    candidates: 0,
    explained: 0,
    potentialScore: 0,
    warnings: [...cube.warnings],
  };
  if (cube.empty) return { ...base, empty: cube.empty };
  if (cube.negative) {
    const { row, column, value } = cube.negative;
    throw new RcaError(msg.negativeValue(row, column, value, "rippleSearch"));
  }
  const kpi = kpiChange(cube, baselineScale);
  const cuboidList = cuboids(cube.dims.length, maxDepth);
  const covered = new Uint8Array(cube.leaves);
  const first = rippleCandidates(cube, cuboidList, kpi.baselineScale, minGain, covered);
  if (first.deviation === 0 || kpi.change === 0)
    return {
      ...base,
      kpi,
      candidates: first.scored,
      empty: msg.noChange(kpi.baseline, kpi.current),
    };

  // Greedy and sequential: take the best segment (generalised), mark its leaves explained, and
  // score what is left again, so a later cause may overlap an earlier one only where it adds.
  const chosen: RippleCandidate[] = [];
  let { candidates, scored } = first;
  let gained = 0;
  while (chosen.length < top && gained < 0.999 && candidates.length) {
    const best = candidates[0];
    const pick = candidates
      .filter((c) => c.gain >= (1 - generalize) * best.gain && isAncestor(c.codes, best.codes))
      .sort((a, b) => a.depth - b.depth || b.gain - a.gain)[0];
    chosen.push(pick);
    gained += pick.gain;
    for (let l = 0; l < cube.leaves; l++) if (inside(pick.codes, cube, l)) covered[l] = 1;
    const next = rippleCandidates(
      cube,
      cuboidList,
      kpi.baselineScale,
      minGain,
      covered,
      first.deviation,
    );
    candidates = next.candidates;
    scored += next.scored;
  }
  const causes = chosen.map((c) => {
    const segment = Object.fromEntries(
      [...c.codes].flatMap((code, d) => (code < 0 ? [] : [[cube.dims[d], cube.labels[d][code]]])),
    );
    return {
      ...causeEvidence(segment, segmentSums(cube, c.codes), cube, kpi.baselineScale),
      score: c.gain,
    };
  });
  return {
    ...base,
    kpi,
    causes,
    candidates: scored,
    explained: causes.reduce((a, c) => a + c.explanatoryPower, 0),
    potentialScore: gained,
  };
}

/** `a` is `b` or contains it: every dimension `a` fixes, `b` fixes to the same value. */
function isAncestor(a: Int32Array, b: Int32Array): boolean {
  for (let d = 0; d < a.length; d++) if (a[d] >= 0 && a[d] !== b[d]) return false;
  return true;
}

function inside(codes: Int32Array, cube: LeafCube, leaf: number): boolean {
  for (let d = 0; d < codes.length; d++)
    if (codes[d] >= 0 && cube.codes[d][leaf] !== codes[d]) return false;
  return true;
}
