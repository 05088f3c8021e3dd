import { formatRange } from "../format/formatRange.js";
import type { TableColumn } from "../view/TableColumn.js";

/** Options of {@link precisionColumns}. */
export interface PrecisionColumnsOptions {
  /** Show the confirmed count after the decided count. Default false. */
  confirmed?: boolean;
}

/** The fields of a precision row the columns read ({@link precisionRows} gives them). */
export interface PrecisionCounts {
  reviewed: number;
  confirmed: number;
  precision: number;
  lower: number;
  upper: number;
}

/**
 * The columns of a reviewer-confirmed precision table: the group's `keys` as they are, then
 * decided reviews (n), optionally the confirmed count, precision, and its 95% interval.
 * @example htmlTable(precisionRows(groups, ["queue"]), { columns: precisionColumns(["queue"]) })
 */
export function precisionColumns(
  keys: readonly string[],
  options: PrecisionColumnsOptions = {},
): TableColumn<PrecisionCounts>[] {
  return [
    ...keys.map((name) => ({ name })),
    { name: "reviewed", label: "decided (n)", format: "integer" },
    ...(options.confirmed ? [{ name: "confirmed", format: "integer" as const }] : []),
    { name: "precision", format: "percent" },
    { name: "interval", label: "95% interval", value: (r) => formatRange(r.lower, r.upper) },
  ];
}
