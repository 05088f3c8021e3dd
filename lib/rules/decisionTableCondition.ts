import type {
  DecisionTableCondition,
  DecisionTableOperator,
  DecisionTableValue,
} from "./DecisionTable.js";
import type { RuleLiteral } from "./RuleExpression.js";
import * as msg from "./messages.js";

const NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$/;
const GROUPED = /^-?[1-9][0-9]{0,2}(,[0-9]{3})+(\.[0-9]+)?$/;
const LIST_NAME = /^\$[A-Za-z0-9_]+$/;

/**
 * Reads a filled condition cell for its column's operator: a value (text, number, boolean; a
 * number may have thousands separators, "quoted" text stays text) for comparisons; a
 * comma-separated list or `$listname` for `in`, `not in`, `contains_any`, `contains_word`; a
 * pattern or `/pattern/flags` for `~` and `!~`; `yes` for `is null` and `is not null`. A cell
 * that does not fit comes back as a problem naming the fix.
 * @example decisionTableCondition("in", "bags, watches"); // { kind: "values", values: ["bags", "watches"] }
 */
export function decisionTableCondition(
  operator: DecisionTableOperator,
  cell: Exclude<DecisionTableValue, null>,
): DecisionTableCondition | { problem: string } {
  const text = typeof cell === "string" ? cell.trim() : String(cell);
  const bad = (want: string) => ({ problem: msg.badCellValue(operator, cell, want) });
  switch (operator) {
    case "is null":
    case "is not null":
      return cell === true || /^(yes|true)$/i.test(text) ? { kind: "yes" } : bad(msg.want.yes);
    case "~":
    case "!~": {
      if (typeof cell === "boolean") return bad(msg.want.pattern);
      const end = text.lastIndexOf("/");
      if (text.startsWith("/") && end > 0 && /^[ims]*$/.test(text.slice(end + 1))) {
        const pattern = text.slice(1, end);
        return pattern
          ? { kind: "pattern", pattern, flags: text.slice(end + 1) }
          : bad(msg.want.pattern);
      }
      return { kind: "pattern", pattern: text, flags: "" };
    }
    case "in":
    case "not in":
    case "contains_any":
    case "contains_word": {
      const asText = operator.startsWith("contains");
      if (typeof cell !== "string") return { kind: "values", values: [asText ? text : cell] };
      if (text.startsWith("$"))
        return LIST_NAME.test(text)
          ? { kind: "named", name: text.slice(1) }
          : bad(msg.want.listName);
      const items = splitList(text);
      if ("problem" in items) return bad(items.problem);
      return {
        kind: "values",
        values: items.map((item) =>
          asText || item.quoted ? item.text : literal(item.text, false),
        ),
      };
    }
    default: {
      if (typeof cell !== "string") return { kind: "value", value: cell };
      const quoted = text.length >= 2 && text.startsWith('"') && text.endsWith('"');
      return {
        kind: "value",
        value: quoted ? text.slice(1, -1).replaceAll('""', '"') : literal(text, true),
      };
    }
  }
}

/** Text as a literal: true/false, a plain number (with separators when `grouped`), else text. */
function literal(text: string, grouped: boolean): RuleLiteral {
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  if (NUMBER.test(text)) return Number(text);
  if (grouped && GROUPED.test(text)) return Number(text.replaceAll(",", ""));
  return text;
}

/** Splits `a, b, "c, d"` at commas outside quotes; `""` inside quotes is one quote. A scanner, no regex. */
function splitList(text: string): { text: string; quoted: boolean }[] | { problem: string } {
  const items: { text: string; quoted: boolean }[] = [];
  let i = 0;
  for (;;) {
    while (text[i] === " " || text[i] === "\t") i++;
    if (text[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) return { problem: msg.want.quote };
        if (text[i] === '"' && text[i + 1] === '"') [value, i] = [value + '"', i + 2];
        else if (text[i] === '"') break;
        else value += text[i++];
      }
      i++;
      while (text[i] === " " || text[i] === "\t") i++;
      if (i < text.length && text[i] !== ",") return { problem: msg.want.afterQuote };
      items.push({ text: value, quoted: true });
    } else {
      const end = text.indexOf(",", i);
      const value = text.slice(i, end < 0 ? text.length : end).trim();
      if (!value) return { problem: msg.want.emptyItem };
      items.push({ text: value, quoted: false });
      i = end < 0 ? text.length : end;
    }
    if (i >= text.length) return items;
    i++; // the comma
  }
}

/**
 * The `when` text of one condition: `field op value` in the rule language, the value quoted or
 * escaped so the parser reads back exactly what the cell holds.
 * @example conditionWhen("price_krw", "<", { kind: "value", value: 150000 }); // "price_krw < 150000"
 */
export function conditionWhen(
  field: string,
  operator: DecisionTableOperator,
  condition: DecisionTableCondition,
): string {
  switch (condition.kind) {
    case "yes":
      return `${field} ${operator}`;
    case "value":
      return `${field} ${operator} ${literalWhen(condition.value)}`;
    case "values":
      return `${field} ${operator} [${condition.values.map(literalWhen).join(", ")}]`;
    case "named":
      return `${field} ${operator} $${condition.name}`;
    case "pattern":
      return `${field} ${operator} /${escapeSlashes(condition.pattern)}/${condition.flags}`;
  }
}

/** A literal in the rule language: numbers and booleans as written, text in double quotes. */
export function literalWhen(value: RuleLiteral): string {
  if (typeof value !== "string") return String(value);
  let out = '"';
  for (const c of value)
    out +=
      c === "\\"
        ? "\\\\"
        : c === '"'
          ? '\\"'
          : c === "\n"
            ? "\\n"
            : c === "\r"
              ? "\\r"
              : c === "\t"
                ? "\\t"
                : c;
  return `${out}"`;
}

/** A `/` that no backslash escapes becomes `\/`, so the regex literal ends where the pattern does. */
function escapeSlashes(pattern: string): string {
  let out = "";
  let slashes = 0;
  for (const c of pattern) {
    if (c === "/" && slashes % 2 === 0) out += "\\";
    slashes = c === "\\" ? slashes + 1 : 0;
    out += c;
  }
  return out;
}
