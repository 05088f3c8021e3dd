// Every user-facing message of the table module: what is invalid, the value, and the fix.
import { quote } from "../data/messages.js";

export const toTableUnsupported = (kind: string) =>
  `toTable: cannot make a table from ${kind}; pass an arquero Table, an array of row objects, an object of column arrays or a danfo DataFrame`;

export const toTableRaggedColumns = (
  name: string,
  length: number,
  first: string,
  firstLength: number,
) =>
  `toTable: column ${quote(name)} has ${length} values but column ${quote(first)} has ${firstLength}; give every column the same length`;

export const toTableNotAnObject = (index: number, value: unknown) =>
  `toTable: row ${index + 1} is ${quote(value)}, not an object; pass an array of row objects like [{ listing_id: "L0000001", score: 0.9 }]`;

/** Input that is neither rows nor a table with `objects()`; `caller` is the function it was passed to. */
export const notRows = (caller: string, data: unknown) =>
  `${caller}: data must be an array of objects or an arquero Table, got ${quote(
    data === null ? null : typeof data,
  )}; pass rows such as [{ day: "2026-08-01", rate: 0.91 }] or a Table`;
