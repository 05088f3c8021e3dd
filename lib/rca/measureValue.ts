import { RcaError } from "./RcaError.js";
import * as msg from "./messages.js";

/**
 * A measure cell as a number: numbers as is, booleans as 1/0, numeric or true/false text; null,
 * undefined and empty text give null (the row is skipped). Throws {@link RcaError} otherwise.
 * @example measureValue("0.5", 3, "score") // 0.5
 */
export function measureValue(value: unknown, row: number, column: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    if (Number.isNaN(value)) return null;
    throw new RcaError(msg.badNumber(row, column, value));
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") {
    const text = value.trim();
    if (text === "") return null;
    if (/^true$/i.test(text)) return 1;
    if (/^false$/i.test(text)) return 0;
    const n = Number(text);
    if (Number.isFinite(n)) return n;
  }
  throw new RcaError(msg.badNumber(row, column, value));
}
