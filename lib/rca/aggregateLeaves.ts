import type { PeriodSums } from "./PeriodSums.js";

/** Per-row values that {@link aggregateLeaves} sums: period (0 baseline, 1 current) and measures. */
export interface RowMeasures {
  period: readonly number[];
  numerator: readonly number[];
  denominator: readonly number[];
}

/**
 * Groups rows into leaves (one per combination of the given dimension codes) and sums each
 * period's numerator, denominator and row count per leaf. Returns the leaves' first rows too, to
 * read their codes back.
 */
export function aggregateLeaves(
  codes: readonly (readonly number[])[],
  sizes: readonly number[],
  rows: RowMeasures,
): { leaves: number; leafRow: number[]; periods: [PeriodSums, PeriodSums] } {
  const keyOf = leafKeyer(sizes);
  const leafIndex = new Map<number | string, number>();
  const leafRow: number[] = [];
  const leafOfRow = rows.period.map((_, r) => {
    const key = keyOf(codes.map((c) => c[r]));
    let leaf = leafIndex.get(key);
    if (leaf === undefined) {
      leafIndex.set(key, (leaf = leafIndex.size));
      leafRow.push(r);
    }
    return leaf;
  });
  const leaves = leafIndex.size;
  const sums = (): PeriodSums => ({
    numerator: new Float64Array(leaves),
    denominator: new Float64Array(leaves),
    rows: new Float64Array(leaves),
  });
  const periods: [PeriodSums, PeriodSums] = [sums(), sums()];
  leafOfRow.forEach((leaf, r) => {
    const p = periods[rows.period[r]];
    p.numerator[leaf] += rows.numerator[r];
    p.denominator[leaf] += rows.denominator[r];
    p.rows[leaf] += 1;
  });
  return { leaves, leafRow, periods };
}

/** A leaf key: a mixed-radix number while it stays exact, else text. */
function leafKeyer(sizes: readonly number[]): (codes: number[]) => number | string {
  const exact = sizes.reduce((a, b) => a * b, 1) < Number.MAX_SAFE_INTEGER;
  if (!exact) return (codes) => codes.join(",");
  return (codes) => codes.reduce((key, code, k) => key * sizes[k] + code, 0);
}
