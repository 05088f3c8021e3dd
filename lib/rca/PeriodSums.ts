/** Per-leaf sums of one period; for an additive KPI `denominator` holds row counts. */
export interface PeriodSums {
  numerator: Float64Array;
  denominator: Float64Array;
  rows: Float64Array;
}

/** Whole-period totals of a `LeafCube`. */
export interface PeriodTotals {
  numerator: number;
  denominator: number;
  rows: number;
}
