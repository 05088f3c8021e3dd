import type { DataCell, DataFormatName, DataTable } from "../../lib/export/DataTable.js";

/** A column of {@link objectTable}: label, format (or one per row) and the value of a row. */
export type ObjectColumn<Row> = [
  label: string,
  format: DataFormatName | ((row: Row) => DataFormatName),
  value: (row: Row) => unknown,
];

/**
 * A table of objects, one row each: numbers as numbers (NaN and infinities empty, as JSON's
 * null), text as text, booleans as true/false, big integers as numbers while exact (else text),
 * anything else empty.
 * @example objectTable("Rules", rules, [["rule", "text", (r) => r.id], ["hits", "integer", (r) => r.hits]])
 */
export function objectTable<Row>(
  title: string,
  rows: readonly Row[],
  columns: ObjectColumn<Row>[],
): DataTable {
  return {
    title,
    columns: columns.map(([label, format]) => ({
      label,
      format: typeof format === "string" ? format : "general",
      ...(typeof format === "function" ? { rowFormats: rows.map(format) } : {}),
    })),
    rows: rows.map((row) => columns.map(([, , value]) => cell(value(row)))),
  };
}

function cell(value: unknown): DataCell {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint")
    return BigInt(Number(value)) === value ? Number(value) : String(value);
  return null;
}
