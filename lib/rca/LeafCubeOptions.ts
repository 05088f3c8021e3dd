import type { PeriodRange } from "./PeriodRange.js";
import type { Accessor } from "../table/Accessor.js";
import type { PeriodName } from "./Segment.js";

/**
 * Options for `leafCube`.
 * - `dims`: dimension columns (values become text; null/empty is "(empty)"). Required.
 * - `measure`: an additive KPI's column or accessor — or `numerator` and `denominator` for a ratio.
 *   Values may be numbers, booleans (1/0) or numeric text; a row with an empty value is skipped.
 * - `period`: a function giving each row's period ("baseline", "current", or null to skip) — or
 *   `time` (column or accessor; ISO text, `Date` or epoch seconds) with `baseline` and `current`
 *   ranges (`"2026-09-01..2026-09-14"`, see `parsePeriodRange`).
 * - `zone`: zone of dates and naive timestamps; default `DEFAULT_ZONE`.
 * - `maxCardinality`: a dimension with more distinct values is dropped as id-like; default 1000.
 */
export interface LeafCubeOptions<Row> {
  dims: readonly string[];
  measure?: Accessor<Row>;
  numerator?: Accessor<Row>;
  denominator?: Accessor<Row>;
  period?: (row: Row, index: number) => PeriodName | null | undefined;
  time?: Accessor<Row>;
  baseline?: string | PeriodRange;
  current?: string | PeriodRange;
  zone?: string;
  maxCardinality?: number;
}
