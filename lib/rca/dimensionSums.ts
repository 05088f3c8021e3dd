import type { LeafCube } from "./leafCube.js";
import * as msg from "./messages.js";
import { RcaError } from "./RcaError.js";
import type { SegmentSums } from "./segmentSums.js";

/** Per value of one dimension of a cube, the segment sums (index = value code). Throws on an unknown dimension. */
export function dimensionSums(cube: LeafCube, dim: string): { index: number; sums: SegmentSums[] } {
  const index = cube.dims.indexOf(dim);
  if (index < 0) throw new RcaError(msg.unknownDim(dim, cube.dims));
  const sums = cube.labels[index].map(() => ({
    bNum: 0,
    bDen: 0,
    bRows: 0,
    cNum: 0,
    cDen: 0,
    cRows: 0,
  }));
  const codes = cube.codes[index];
  const { baseline: b, current: c } = cube;
  for (let l = 0; l < cube.leaves; l++) {
    const s = sums[codes[l]];
    s.bNum += b.numerator[l];
    s.bDen += b.denominator[l];
    s.bRows += b.rows[l];
    s.cNum += c.numerator[l];
    s.cDen += c.denominator[l];
    s.cRows += c.rows[l];
  }
  return { index, sums };
}
