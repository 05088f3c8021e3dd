import { createRequire } from "node:module";
import type { Table } from "arquero";
import type { DataFrame } from "danfojs-node";

// danfo (with TensorFlow.js) takes about a second to load; only pay for it when it is used.
const require = createRequire(import.meta.url);
let danfo: typeof import("danfojs-node") | undefined;

/**
 * Copies an arquero table into a danfo DataFrame for pandas-style exploration (`describe`,
 * `valueCounts`), keeping column order and values. Dtypes come from the values, not danfo's
 * guess: numbers are "int32" when all are 32-bit integers, else "float32" (values stay JS
 * doubles), and null numbers become NaN, danfo's missing value; `Date`s stay `Date`s in a
 * "datetime" column (so `df["t"].dt` works); booleans are "boolean"; anything else is "string".
 * danfo's `describe()` treats every non-string column as numeric, so call it on
 * `df.selectDtypes(["float32", "int32"])`.
 * @example toDanfo(listings).column("category").valueCounts().print();
 */
export function toDanfo(input: Table): DataFrame {
  danfo ??= require("danfojs-node") as typeof import("danfojs-node");
  const names = input.columnNames();
  const columns = names.map((name) => Array.from(input.array(name) as ArrayLike<unknown>));
  const dtypes = columns.map(dtypeOf);
  columns.forEach((values, j) => {
    if (dtypes[j] === "float32" || dtypes[j] === "int32") {
      for (let i = 0; i < values.length; i++) if (values[i] == null) values[i] = NaN;
    } else {
      for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
    }
  });
  // Rows, not a column object: an object would reorder integer-like column names such as "2026".
  const rows = Array.from({ length: input.numRows() }, (_, i) =>
    columns.map((values) => values[i]),
  );
  return new danfo.DataFrame(rows, { columns: names, dtypes });
}

function dtypeOf(values: unknown[]): string {
  let kind: string | undefined;
  for (const value of values) {
    if (value == null) continue;
    const next =
      typeof value === "number"
        ? Number.isInteger(value) && Math.abs(value) <= 2_147_483_647
          ? "int32"
          : "float32"
        : typeof value === "boolean"
          ? "boolean"
          : value instanceof Date
            ? "datetime"
            : "string";
    if (kind === undefined || kind === next) kind = next;
    else if ((kind === "int32" && next === "float32") || (kind === "float32" && next === "int32"))
      kind = "float32";
    else return "string";
  }
  return kind ?? "string";
}
