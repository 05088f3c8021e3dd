/** A literal value in a rule expression: a string, a number or a boolean. */
export type RuleLiteral = string | number | boolean;

/** The comparison operators of the rule language. */
export type ComparisonOperator = "=" | "!=" | "<" | "<=" | ">" | ">=";

/** Where a node sits in the `when` text: 0-based offsets, `end` exclusive. */
export interface RuleSpan {
  start: number;
  end: number;
}

/** A list operand: literal values written in the rule, or a named list `$name` from data/lists/. */
export type RuleListOperand =
  { kind: "values"; values: RuleLiteral[] } | { kind: "named"; name: string; span: RuleSpan };

/**
 * A parsed `when` expression: boolean structure over predicates on one field each. Every node
 * keeps its span in the source text so checks can point a caret at it.
 * @example const e: RuleExpression = { type: "isNull", field: "brand", negated: false, start: 0, end: 13 };
 */
export type RuleExpression =
  | ({ type: "and" | "or"; left: RuleExpression; right: RuleExpression } & RuleSpan)
  | ({ type: "not"; operand: RuleExpression } & RuleSpan)
  | ({ type: "compare"; field: string; op: ComparisonOperator; value: RuleLiteral } & RuleSpan)
  | ({ type: "regex"; field: string; pattern: string; flags: string; negated: boolean } & RuleSpan)
  | ({ type: "in"; field: string; list: RuleListOperand; negated: boolean } & RuleSpan)
  | ({ type: "contains"; field: string; list: RuleListOperand; words: boolean } & RuleSpan)
  | ({ type: "isNull"; field: string; negated: boolean } & RuleSpan);

/** The predicate nodes (leaves) of a {@link RuleExpression}. */
export type RulePredicate = Exclude<RuleExpression, { type: "and" | "or" | "not" }>;
