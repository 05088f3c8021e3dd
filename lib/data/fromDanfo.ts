import { table, type ColumnTable } from "arquero";
import type { DataFrame } from "danfojs-node";

/**
 * Copies a danfo DataFrame into an arquero table, keeping column order and values: NaN in numeric
 * columns (danfo's missing value) becomes null, "datetime" columns hold `Date`s, and the danfo
 * index is dropped (reset it into a column first if it carries data).
 * @example const table = fromDanfo(df.query(df["score"].gt(0.9)));
 */
export function fromDanfo(frame: DataFrame): ColumnTable {
  const dtypes = frame.dtypes;
  const entries = frame.columns.map((name, j): [string, unknown[]] => {
    const values = Array.from(frame.column(name).values as unknown[]);
    const dtype = dtypes[j];
    if (dtype === "float32" || dtype === "int32") {
      return [name, values.map((v) => (v === undefined || Number.isNaN(v) ? null : v))];
    }
    if (dtype === "datetime") {
      return [
        name,
        values.map((v) => (v == null || v instanceof Date ? (v ?? null) : new Date(v as string))),
      ];
    }
    return [name, values.map((v) => v ?? null)];
  });
  return table(new Map(entries));
}
