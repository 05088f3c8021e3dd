import type { LeafCube } from "./leafCube.js";

/** A segment's sums in both periods (unscaled): numerator, denominator (rows for additive KPIs), rows. */
export interface SegmentSums {
  bNum: number;
  bDen: number;
  bRows: number;
  cNum: number;
  cDen: number;
  cRows: number;
}

/** Sums over the leaves inside a segment given as dimension codes (−1 = open). */
export function segmentSums(cube: LeafCube, codes: Int32Array): SegmentSums {
  const s: SegmentSums = { bNum: 0, bDen: 0, bRows: 0, cNum: 0, cDen: 0, cRows: 0 };
  const { baseline: b, current: c } = cube;
  leaves: for (let l = 0; l < cube.leaves; l++) {
    for (let d = 0; d < codes.length; d++)
      if (codes[d] >= 0 && cube.codes[d][l] !== codes[d]) continue leaves;
    s.bNum += b.numerator[l];
    s.bDen += b.denominator[l];
    s.bRows += b.rows[l];
    s.cNum += c.numerator[l];
    s.cDen += c.denominator[l];
    s.cRows += c.rows[l];
  }
  return s;
}
