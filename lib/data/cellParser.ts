import type { ColumnSpec } from "./TableSchema.js";
import { timestampParser } from "../time/timestampParser.js";
import { isDecimalNumber } from "./isDecimalNumber.js";

/** Returned by a cell parser for text that is not a valid value of the column's type. */
export const INVALID: unique symbol = Symbol("invalid");

/** Parses one non-empty cell; returns {@link INVALID} instead of throwing, for speed. */
export type CellParser = (text: string) => unknown;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const BOOLEANS = new Map([
  ["true", true],
  ["false", false],
  ["1", true],
  ["0", false],
  ["yes", true],
  ["no", false],
]);

/**
 * The parser for the non-empty text cells of one column, or undefined when the spec's zone is not
 * a valid time zone. `defaultZone` applies to timestamps when the spec has no zone.
 * @example cellParser({ type: "integer" }, DEFAULT_ZONE)!("12000") // 12000
 */
export function cellParser(spec: ColumnSpec, defaultZone: string): CellParser | undefined {
  switch (spec.type) {
    case "string":
      return (text) => text;
    case "number":
      return (text) => {
        const value = isDecimalNumber(text) ? Number(text) : NaN;
        return Number.isFinite(value) ? value : INVALID;
      };
    case "integer":
      return (text) => {
        const value = isDecimalNumber(text) ? Number(text) : NaN;
        return Number.isSafeInteger(value) ? value : INVALID;
      };
    case "boolean":
      return (text) => BOOLEANS.get(text.trim().toLowerCase()) ?? INVALID;
    case "timestamp": {
      const parse = timestampParser(spec.zone ?? defaultZone);
      return parse && ((text) => parse(text) ?? INVALID);
    }
    case "date": {
      const toDate = timestampParser("UTC")!;
      // A day is kept as text; the round trip through a UTC Date rejects 2026-02-30.
      return (text) =>
        DATE.test(text) && toDate(text)?.toISOString().startsWith(text) ? text : INVALID;
    }
  }
}
