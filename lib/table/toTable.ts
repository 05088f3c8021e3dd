import { Table, type ColumnTable } from "arquero";
import { columnTable } from "../data/columnTable.js";
import type { DataFrame } from "danfojs-node";
import { fromDanfo } from "../data/fromDanfo.js";
import * as msg from "./messages.js";

/** What {@link toTable} accepts: a table, row objects, column arrays or a danfo DataFrame. */
export type TableInput =
  Table | readonly Record<string, unknown>[] | Record<string, ArrayLike<unknown>> | DataFrame;

/**
 * Turns any supported tabular input into an arquero table, the kit's one coercion at the boundary:
 * a Table is returned as is; row objects become columns named by the union of their keys (in order
 * of first appearance, missing keys null); an object of equal-length arrays (or typed arrays) is
 * wrapped without copying; a danfo DataFrame goes through {@link fromDanfo}.
 * @example const scores = toTable([{ listing_id: "L0000001", score: 0.91 }]);
 */
export function toTable(input: TableInput): Table {
  if (input instanceof Table) return input;
  if (Array.isArray(input)) return fromRows(input);
  if (isDanfoFrame(input)) return fromDanfo(input);
  if (
    typeof input === "object" &&
    input !== null &&
    Object.getPrototypeOf(input) === Object.prototype
  ) {
    return fromColumns(input as Record<string, unknown>);
  }
  throw new TypeError(msg.toTableUnsupported(describe(input)));
}

function fromRows(rows: readonly unknown[]): ColumnTable {
  const names = new Map<string, unknown[]>();
  rows.forEach((row, i) => {
    if (typeof row !== "object" || row === null || Array.isArray(row)) {
      throw new TypeError(msg.toTableNotAnObject(i, row));
    }
    for (const key of Object.keys(row))
      if (!names.has(key)) names.set(key, new Array(rows.length).fill(null));
  });
  for (const [name, column] of names) {
    rows.forEach((row, i) => {
      if (!Object.hasOwn(row as object, name)) return;
      const value = (row as Record<string, unknown>)[name];
      if (value !== undefined) column[i] = value;
    });
  }
  return columnTable(names, "the rows");
}

function fromColumns(columns: Record<string, unknown>): ColumnTable {
  const entries = Object.entries(columns);
  for (const [name, values] of entries) {
    if (!Array.isArray(values) && !(ArrayBuffer.isView(values) && !(values instanceof DataView))) {
      throw new TypeError(
        msg.toTableUnsupported(
          `an object whose ${JSON.stringify(name)} is ${describe(values)}, not an array`,
        ),
      );
    }
  }
  const lengths = entries.map(([, values]) => (values as ArrayLike<unknown>).length);
  lengths.forEach((length, i) => {
    if (length !== lengths[0]) {
      throw new RangeError(
        msg.toTableRaggedColumns(entries[i][0], length, entries[0][0], lengths[0]),
      );
    }
  });
  return columnTable(entries as [string, unknown[]][], "the columns");
}

function isDanfoFrame(input: unknown): input is DataFrame {
  const frame = input as Partial<DataFrame> | null;
  return (
    typeof frame === "object" &&
    frame !== null &&
    Array.isArray(frame.columns) &&
    Array.isArray(frame.dtypes) &&
    typeof frame.column === "function"
  );
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return `a ${typeof value}`;
  return `a ${value.constructor?.name ?? "bare"} object`;
}
