import { closestName } from "../data/closestName.js";
import type {
  DecisionTableColumn,
  DecisionTableFixedName,
  DecisionTableOperator,
} from "./DecisionTable.js";
import * as msg from "./messages.js";

/** The fixed columns in the order a converted table writes them. */
export const decisionTableFixedNames: readonly DecisionTableFixedName[] = [
  "id",
  "name",
  "policy",
  "action",
  "queue",
  "owner",
  "priority",
  "status",
  "version",
  "normalize",
  "description",
];

// Longest first, so "not in" is not read as "in" and "<=" not as "=".
const WORDS: readonly DecisionTableOperator[] = [
  "is not null",
  "is null",
  "not in",
  "contains_any",
  "contains_word",
  "in",
];
const SYMBOLS: readonly DecisionTableOperator[] = ["!=", "<=", ">=", "!~", "=", "<", ">", "~"];
const FIELD = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/**
 * Reads one header cell of a decision table: a fixed column (`id`, `policy`, `action`, `name`,
 * `queue`, `owner`, `priority`, `status`, `version`, `normalize`, `description`, any case) or a
 * condition `<field> <operator>` (`price_krw <`, `title contains_any`, `brand is not null`);
 * anything else comes back as a problem naming the fix.
 * @example decisionTableColumn("price_krw <", 4); // { kind: "condition", field: "price_krw", operator: "<", … }
 */
export function decisionTableColumn(
  header: string,
  index: number,
): DecisionTableColumn | { problem: string } {
  const text = header.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  const fixed = decisionTableFixedNames.find((name) => name === lower);
  if (fixed) return { kind: "fixed", index, header, name: fixed };
  let operator: DecisionTableOperator | undefined;
  let field = "";
  for (const word of WORDS)
    if (lower === word || lower.endsWith(` ${word}`)) {
      [operator, field] = [word, text.slice(0, text.length - word.length).trim()];
      break;
    }
  if (!operator)
    for (const symbol of SYMBOLS)
      if (text.endsWith(symbol)) {
        [operator, field] = [symbol, text.slice(0, text.length - symbol.length).trim()];
        break;
      }
  if (!operator) {
    if (FIELD.test(text)) {
      const hint = closestName(lower, decisionTableFixedNames, { maxDistance: 2 });
      return { problem: hint ? msg.badHeader(header, hint) : msg.bareField(text) };
    }
    return { problem: msg.badHeader(header, undefined) };
  }
  if (!field) return { problem: msg.headerNoField(header) };
  if (!FIELD.test(field)) return { problem: msg.badField(field) };
  return { kind: "condition", index, header, field, operator };
}
