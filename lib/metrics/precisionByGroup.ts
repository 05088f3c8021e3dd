import type { RowsOrTable } from "../table/RowsOrTable.js";
import { tableRows } from "../table/tableRows.js";
import { wilsonInterval } from "./wilsonInterval.js";

/** Precision of one group of reviewed flags, with its n and Wilson interval. */
export interface GroupPrecision {
  /** The group's key values, in the order of `by`. */
  key: Record<string, unknown>;
  /** Flags with a reviewer verdict (violation or not). */
  reviewed: number;
  /** Of those, confirmed as violations. */
  confirmed: number;
  precision: number;
  lower: number;
  upper: number;
}

// Keeps TypeScript from inferring Row from callbacks (TypeScript 5.0 has no built-in NoInfer):
// the row type comes from the data, and a callback typed for fewer fields still fits.
type FromData<T> = [T][T extends unknown ? 0 : never];

/** Options for {@link precisionByGroup}. */
export interface PrecisionByGroupOptions<Row> {
  /** Grouping: field names or functions of a row. Default: [] (one overall group). */
  by?: ((keyof Row & string) | ((row: FromData<Row>) => unknown))[];
  /** Names for function keys, in order. Default: "key1", "key2", …. */
  names?: string[];
  /** Whether a row is a confirmed violation; null/undefined excludes it (e.g. escalated). */
  confirmed: (row: FromData<Row>) => boolean | null | undefined;
  /** Interval confidence level. Default: 0.95. */
  level?: number;
}

/**
 * Reviewer-confirmed precision per group: of the flagged items a reviewer decided, the share
 * confirmed as violations, with n and a Wilson interval. Groups come back sorted by key.
 * @example precisionByGroup(reviews, { by: ["queue"], confirmed: (r) => r.decision === "escalate" ? null : r.decision === "violation" })
 */
export function precisionByGroup<Row extends object>(
  data: RowsOrTable<Row>,
  options: PrecisionByGroupOptions<Row>,
): GroupPrecision[] {
  const rows = tableRows(data, "precisionByGroup");
  const by = options.by ?? [];
  const names = by.map((k, i) =>
    typeof k === "string" ? k : (options.names?.[i] ?? `key${i + 1}`),
  );
  const groups = new Map<
    string,
    { key: Record<string, unknown>; reviewed: number; confirmed: number }
  >();
  for (const row of rows) {
    const verdict = options.confirmed(row);
    if (verdict === null || verdict === undefined) continue;
    const values = by.map((k) => (typeof k === "string" ? row[k] : k(row)));
    const id = JSON.stringify(values);
    let group = groups.get(id);
    if (!group) {
      group = {
        key: Object.fromEntries(names.map((n, i) => [n, values[i]])),
        reviewed: 0,
        confirmed: 0,
      };
      groups.set(id, group);
    }
    group.reviewed++;
    if (verdict) group.confirmed++;
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => {
      const interval = wilsonInterval(g.confirmed, g.reviewed, { level: options.level });
      return { ...g, precision: interval.estimate, lower: interval.lower, upper: interval.upper };
    });
}
