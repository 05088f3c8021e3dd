import type { DecisionTableCell, DecisionTableRow } from "./DecisionTable.js";
import type { RuleLiteral } from "./RuleExpression.js";
import { normalizeText } from "./normalizeText.js";

/** A numeric or time bound: the value and whether it is excluded. */
export interface Bound {
  value: number;
  open: boolean;
}

/** A text condition a table verifier cannot reason about by values: a keyword list or a regex. */
export interface TextConstraint {
  operator: "contains_any" | "contains_word" | "~" | "!~" | "in";
  /** Equal keys: the same condition (the operator with its keywords, pattern or list name). */
  key: string;
  /** Casefolded, normalised keywords (contains). */
  keywords?: readonly string[];
  cell: string;
}

/** What one row requires of one field. */
export interface FieldConstraint {
  field: string;
  isNull: boolean;
  notNull: boolean;
  /** Values the field must take (from `=` and `in`), or undefined for any. */
  allowed?: Set<string>;
  /** Values it must not take (from `!=` and `not in`). */
  excluded: Set<string>;
  low?: Bound;
  high?: Bound;
  text: TextConstraint[];
  /** The cells of the row's conditions on the field. */
  cells: string[];
  /** Cells of its order comparisons (`<`, `<=`, `>`, `>=`). */
  rangeCells: string[];
}

/** Keys a literal by type and value, so 1 and "1" differ. */
export const literalKey = (v: RuleLiteral): string => JSON.stringify(v);

/** A literal on the number line: a number, or an ISO time as epoch milliseconds. */
export function orderValue(v: RuleLiteral): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v)) {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/**
 * What a decision-table row requires of each field it names: null tests, allowed and excluded
 * values (named lists resolved from `lists`), a numeric or time interval, and text conditions
 * with keywords normalised and casefolded as the engine matches them.
 * @example rowConstraints(row, lists).get("price_krw")?.high; // { value: 150000, open: true }
 */
export function rowConstraints(
  row: DecisionTableRow,
  lists: Readonly<Record<string, readonly string[]>>,
): Map<string, FieldConstraint> {
  const out = new Map<string, FieldConstraint>();
  const get = (field: string) => {
    let c = out.get(field);
    if (!c)
      out.set(
        field,
        (c = {
          field,
          isNull: false,
          notNull: false,
          excluded: new Set(),
          text: [],
          cells: [],
          rangeCells: [],
        }),
      );
    return c;
  };
  for (const cell of row.conditions) add(get(cell.field), cell, row, lists);
  return out;
}

function add(
  c: FieldConstraint,
  cell: DecisionTableCell,
  row: DecisionTableRow,
  lists: Readonly<Record<string, readonly string[]>>,
): void {
  const { operator, condition } = cell;
  c.cells.push(cell.cell);
  if (operator === "is null") return void (c.isNull = true);
  c.notNull = true;
  if (operator === "is not null") return;
  const values = (): RuleLiteral[] | undefined =>
    condition.kind === "values"
      ? condition.values
      : condition.kind === "named"
        ? lists[condition.name]?.slice()
        : condition.kind === "value"
          ? [condition.value]
          : undefined;
  switch (operator) {
    case "=":
    case "in": {
      const list = values();
      // A list the verifier was not given: only the same list decides anything.
      if (!list) return void c.text.push({ operator: "in", key: `${cell.text}`, cell: cell.cell });
      const keys = new Set(list.map(literalKey));
      c.allowed = c.allowed ? new Set([...c.allowed].filter((k) => keys.has(k))) : keys;
      return;
    }
    case "!=":
    case "not in":
      for (const v of values() ?? []) c.excluded.add(literalKey(v));
      return;
    case "<":
    case "<=":
    case ">":
    case ">=": {
      const v = condition.kind === "value" ? orderValue(condition.value) : undefined;
      if (v === undefined) return;
      c.rangeCells.push(cell.cell);
      const bound = { value: v, open: operator === "<" || operator === ">" };
      if (operator.startsWith("<")) c.high = tighter(c.high, bound, -1);
      else c.low = tighter(c.low, bound, 1);
      return;
    }
    case "contains_any":
    case "contains_word": {
      const steps = row.normalize[c.field] ?? row.normalize["*"] ?? [];
      const keywords = [
        ...new Set((values() ?? []).map((k) => normalizeText(String(k), steps).toLowerCase())),
      ].sort();
      const key = `${operator} ${JSON.stringify(keywords)}`;
      return void c.text.push({ operator, key, keywords, cell: cell.cell });
    }
    case "~":
    case "!~":
      if (condition.kind === "pattern")
        c.text.push({
          operator,
          key: `${operator} /${condition.pattern}/${condition.flags}`,
          cell: cell.cell,
        });
  }
}

/** The stricter of two bounds on one side: `side` 1 for a lower bound, -1 for an upper one. */
function tighter(a: Bound | undefined, b: Bound, side: 1 | -1): Bound {
  if (!a) return b;
  if (a.value === b.value) return { value: a.value, open: a.open || b.open };
  return (b.value - a.value) * side > 0 ? b : a;
}
