import { notANumber } from "./messages.js";

/**
 * Values as numbers, with null for missing ones (null, undefined, NaN); anything else non-numeric throws.
 * @example numericValues([1, null, NaN], "barChart", "y") // [1, null, null]
 */
export function numericValues(
  values: readonly unknown[],
  chart: string,
  option: string,
): (number | null)[] {
  return values.map((value, i) => {
    if (value === null || value === undefined) return null;
    if (typeof value === "number") return Number.isNaN(value) ? null : value;
    if (typeof value === "bigint") return Number(value);
    throw new Error(notANumber(chart, option, i, value));
  });
}
