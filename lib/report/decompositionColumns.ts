import { formatPointChange } from "../format/formatPointChange.js";
import type { TableColumn } from "../view/TableColumn.js";

/** One dimension's rate-and-mix split of a change, in a row of {@link decompositionColumns}. */
export interface DecompositionRow {
  dimension: string;
  /** Rate, mix and interaction effects and their sum, the change (fractions; shown in pp). */
  rate: number;
  mix: number;
  interaction: number;
  change: number;
  /** The value with the largest total effect, as text. */
  top: string;
}

/**
 * The columns of a table with one row per dimension splitting a ratio's change into rate, mix and
 * interaction effects (each in signed percentage points), the change and its largest mover.
 * @example htmlTable(rows, { columns: decompositionColumns() })
 */
export function decompositionColumns(): TableColumn<DecompositionRow>[] {
  const pp = (v: unknown) => formatPointChange(v as number);
  return [
    { name: "dimension" },
    { name: "rate", format: pp },
    { name: "mix", format: pp },
    { name: "interaction", format: pp },
    { name: "change", format: pp },
    { name: "top", label: "largest mover" },
  ];
}
