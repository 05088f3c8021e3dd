import type { Table } from "arquero";
import { closestName } from "../data/closestName.js";
import { RuleError } from "./RuleError.js";
import * as msg from "./messages.js";

const TRUE = new Set(["true", "1", "yes", "violation"]);
const FALSE = new Set(["false", "0", "no", "no_violation"]);

/**
 * Reads a label column as 1 (violation), 0 (not) or -1 (unlabeled: null or empty): accepts
 * booleans, 0/1 and "true"/"false" (also yes/no and the review decisions violation/no_violation,
 * any case). Throws {@link RuleError} naming the column (with a did-you-mean) when it is missing,
 * or the row and value when one is not a label.
 * @example labelValues(listings, "is_violation"); // Int8Array [0, 0, 1, …]
 */
export function labelValues(table: Table, column: string): Int8Array {
  const names = table.columnNames();
  if (!names.includes(column))
    throw new RuleError(msg.missingLabel(column, names, closestName(column, names)));
  const values = table.array(column) as ArrayLike<unknown>;
  const out = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === "") out[i] = -1;
    else if (v === true || v === 1) out[i] = 1;
    else if (v === false || v === 0) out[i] = 0;
    else if (typeof v === "string" && TRUE.has(v.trim().toLowerCase())) out[i] = 1;
    else if (typeof v === "string" && FALSE.has(v.trim().toLowerCase())) out[i] = 0;
    else throw new RuleError(msg.badLabel(column, i, v));
  }
  return out;
}
