import type { LeafCube } from "./leafCube.js";
import type { SegmentSums } from "./segmentSums.js";

/** A scored segment: dimension codes (−1 = open), its potential-score gain and its sums. */
export interface RippleCandidate {
  codes: Int32Array;
  depth: number;
  /** Share of the leaves' squared deviation the segment's ripple removes. */
  gain: number;
  sums: SegmentSums;
}

// Per segment: Σv, Σf, Σv², Σf², Σvf, leaves, the six SegmentSums fields, Σvr, Σr² (r = current rows).
const STATS = 14;

/**
 * Scores every segment of the given cuboids with HotSpot's potential score, from per-segment sums
 * aggregated in one pass over the leaves per cuboid. Leaves marked in `covered` (explained by causes
 * already chosen) are left out; gains are shares of `total` (default: the squared deviation of the
 * leaves left). Returns the candidates whose gain is at least `minGain` (best first), how many
 * segments were scored, and the squared deviation of the leaves left.
 */
export function rippleCandidates(
  cube: LeafCube,
  cuboidList: number[][],
  scale: number,
  minGain: number,
  covered?: Uint8Array,
  total?: number,
): { candidates: RippleCandidate[]; scored: number; deviation: number } {
  const L = cube.leaves;
  const { baseline: b, current: c } = cube;
  const R0 = cube.totals.baseline.numerator / cube.totals.baseline.denominator;
  const v = c.numerator;
  const f = new Float64Array(L);
  let deviation = 0;
  for (let l = 0; l < L; l++) {
    if (covered?.[l]) continue;
    f[l] =
      cube.kind === "additive"
        ? b.numerator[l] * scale
        : c.denominator[l] * (b.denominator[l] > 0 ? b.numerator[l] / b.denominator[l] : R0);
    deviation += (v[l] - f[l]) ** 2;
  }
  const candidates: RippleCandidate[] = [];
  if (deviation === 0) return { candidates, scored: 0, deviation };
  const norm = total ?? deviation;
  const stats = new Float64Array(L * STATS);
  const slot = new Int32Array(L);
  const first: number[] = [];
  let scored = 0;
  for (const dims of cuboidList) {
    const index = new Map<number, number>();
    first.length = 0;
    for (let l = 0; l < L; l++) {
      if (covered?.[l]) continue;
      let key = 0;
      for (const d of dims) key = key * cube.labels[d].length + cube.codes[d][l];
      let s = index.get(key);
      if (s === undefined) {
        index.set(key, (s = index.size));
        first.push(l);
        stats.fill(0, s * STATS, s * STATS + STATS);
      }
      slot[l] = s;
      const o = s * STATS;
      const vl = v[l];
      const fl = f[l];
      stats[o] += vl;
      stats[o + 1] += fl;
      stats[o + 2] += vl * vl;
      stats[o + 3] += fl * fl;
      stats[o + 4] += vl * fl;
      stats[o + 5] += 1;
      stats[o + 6] += b.numerator[l];
      stats[o + 7] += b.denominator[l];
      stats[o + 8] += b.rows[l];
      stats[o + 9] += c.numerator[l];
      stats[o + 10] += c.denominator[l];
      stats[o + 11] += c.rows[l];
      stats[o + 12] += vl * c.rows[l];
      stats[o + 13] += c.rows[l] * c.rows[l];
    }
    scored += index.size;
    for (let s = 0; s < index.size; s++) {
      const o = s * STATS;
      const [V, F, Svv, Sff, Svf] = [
        stats[o],
        stats[o + 1],
        stats[o + 2],
        stats[o + 3],
        stats[o + 4],
      ];
      const [R, Svr, Srr] = [stats[o + 11], stats[o + 12], stats[o + 13]];
      const before = Svv - 2 * Svf + Sff;
      // Ripple: every leaf moves by the segment's factor V/F. A segment with nothing expected (new
      // in the current period) has no factor; its value spreads like its current rows instead.
      const after =
        F > 0
          ? Svv - 2 * (V / F) * Svf + (V / F) ** 2 * Sff
          : R > 0
            ? Svv - 2 * (V / R) * Svr + (V / R) ** 2 * Srr
            : Svv;
      const gain = (before - after) / norm;
      if (!(gain >= minGain) || gain <= 0) continue;
      const codes = new Int32Array(cube.dims.length).fill(-1);
      for (const d of dims) codes[d] = cube.codes[d][first[s]];
      candidates.push({
        codes,
        depth: dims.length,
        gain,
        sums: {
          bNum: stats[o + 6],
          bDen: stats[o + 7],
          bRows: stats[o + 8],
          cNum: stats[o + 9],
          cDen: stats[o + 10],
          cRows: stats[o + 11],
        },
      });
    }
  }
  candidates.sort((x, y) => y.gain - x.gain || x.depth - y.depth);
  return { candidates, scored, deviation };
}
