import type { GroupPrecision } from "../metrics/precisionByGroup.js";

/** One group's precision as a flat row: its key values as text, then the counts and interval. */
export type PrecisionRow<Key extends string> = { [K in Key]: string } & {
  precision: number;
  lower: number;
  upper: number;
  reviewed: number;
  confirmed: number;
};

/**
 * Flattens grouped precision ({@link reviewPrecisionQuery}, `precisionByGroup`) into rows a chart
 * or table reads by column name: each key of `by` as text (`String(value)`), then precision, its
 * 95% interval, reviewed and confirmed. Groups keep their order.
 * @example precisionRows(await reviewPrecisionQuery(ds, { from, to, by: ["queue"] }), ["queue"]) // [{ queue: "contact", precision: 0.81, … }]
 */
export function precisionRows<Key extends string>(
  groups: readonly GroupPrecision[],
  by: readonly Key[],
): PrecisionRow<Key>[] {
  return groups.map((g) => ({
    ...(Object.fromEntries(by.map((k) => [k, String(g.key[k])])) as { [K in Key]: string }),
    precision: g.precision,
    lower: g.lower,
    upper: g.upper,
    reviewed: g.reviewed,
    confirmed: g.confirmed,
  }));
}
