import type { DecisionTableCondition, DecisionTableOperator } from "./DecisionTable.js";
import type { ComparisonOperator, RuleExpression, RulePredicate } from "./RuleExpression.js";

/** One condition of a table row: the column's field and operator and what its cell holds. */
export interface TableCondition {
  field: string;
  operator: DecisionTableOperator;
  condition: DecisionTableCondition;
}

/** Rows a converted rule may take at most; more means the rule is better kept in YAML. */
export const maxRowsPerRule = 64;

const NEGATED: Record<ComparisonOperator, ComparisonOperator> = {
  "=": "!=",
  "!=": "=",
  "<": ">=",
  "<=": ">",
  ">": "<=",
  ">=": "<",
};

/**
 * The rows of a decision table that hold an expression: an OR of rows, each an AND of
 * conditions. `and` over `or` is distributed (exact under SQL's three-valued logic) and `not`
 * over one comparison, list, regex or null test becomes its opposite operator; anything else —
 * `not` over `and`/`or` or over `contains_any`, or more than {@link maxRowsPerRule} rows — comes
 * back as the reason the table cannot hold it, quoting the part of `when`.
 * @example ruleExpressionRows(parseRuleExpression("(a = 1 or b = 2) and c < 3"), when).rows?.length; // 2
 */
export function ruleExpressionRows(
  expression: RuleExpression,
  when: string,
): { rows: TableCondition[][] } | { reason: string } {
  const quote = (e: RuleExpression) => {
    const text = when.slice(e.start, e.end);
    return text.startsWith("(") ? text : `(${text})`;
  };
  function rows(e: RuleExpression, negated: boolean): TableCondition[][] | string {
    if (e.type === "not") return rows(e.operand, !negated);
    if (e.type === "and" || e.type === "or") {
      if (negated)
        return `not ${quote(e)}: a table cannot negate a combination; write the opposite conditions as rows, or keep the rule in YAML`;
      const left = rows(e.left, false);
      if (typeof left === "string") return left;
      const right = rows(e.right, false);
      if (typeof right === "string") return right;
      if (e.type === "or") return [...left, ...right];
      if (left.length * right.length > maxRowsPerRule) return tooMany(left.length * right.length);
      return left.flatMap((a) => right.map((b) => [...a, ...b]));
    }
    const condition = tableCondition(e as RulePredicate, negated);
    return condition
      ? [[condition]]
      : `not ${quote(e)}: a table has no opposite of ${e.type === "contains" ? (e.words ? "contains_word" : "contains_any") : "this condition"}; keep the rule in YAML`;
  }
  const out = rows(expression, false);
  if (typeof out === "string") return { reason: out };
  return out.length > maxRowsPerRule ? { reason: tooMany(out.length) } : { rows: out };
}

const tooMany = (n: number) =>
  `the condition expands to ${n} rows, over ${maxRowsPerRule}; keep the rule in YAML or split it`;

function tableCondition(p: RulePredicate, negated: boolean): TableCondition | undefined {
  switch (p.type) {
    case "compare":
      return {
        field: p.field,
        operator: negated ? NEGATED[p.op] : p.op,
        condition: { kind: "value", value: p.value },
      };
    case "in":
      return {
        field: p.field,
        operator: p.negated !== negated ? "not in" : "in",
        condition:
          p.list.kind === "named"
            ? { kind: "named", name: p.list.name }
            : { kind: "values", values: p.list.values },
      };
    case "regex":
      return {
        field: p.field,
        operator: p.negated !== negated ? "!~" : "~",
        condition: { kind: "pattern", pattern: p.pattern, flags: p.flags },
      };
    case "isNull":
      return {
        field: p.field,
        operator: p.negated !== negated ? "is not null" : "is null",
        condition: { kind: "yes" },
      };
    case "contains":
      if (negated) return undefined;
      return {
        field: p.field,
        operator: p.words ? "contains_word" : "contains_any",
        condition:
          p.list.kind === "named"
            ? { kind: "named", name: p.list.name }
            : { kind: "values", values: p.list.values.map(String) },
      };
  }
}
