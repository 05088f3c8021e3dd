import type { RE2Set } from "./re2.js";
import type { RuleDefinition } from "./RuleDefinition.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import type { ComparisonOperator } from "./RuleExpression.js";
import type { RuleFieldKind } from "./ruleFieldSchema.js";
import type { NormalizationStep } from "./normalizeText.js";

/** A compiled predicate or connective; text predicates point at an atom of a channel. */
export type CompiledNode =
  | { kind: "and" | "or"; left: CompiledNode; right: CompiledNode }
  | { kind: "not"; operand: CompiledNode }
  | { kind: "text"; atom: number; negated: boolean }
  | {
      kind: "compare";
      field: string;
      type: RuleFieldKind;
      op: ComparisonOperator;
      value: string | number | boolean;
    }
  | {
      kind: "in";
      field: string;
      type: RuleFieldKind;
      values: readonly (string | number | boolean)[];
      negated: boolean;
    }
  | { kind: "isNull"; field: string; negated: boolean };

/**
 * One RE2 pattern over one normalised text field: a `~` regex or a compiled keyword list. `source`
 * is RE2 syntax with inline flags, used as-is by the RE2.Set and by the SQL back end.
 */
export interface TextAtom {
  field: string;
  /** Text normalisation steps (without casefold, which is the `(?i)` in `source`). */
  steps: readonly NormalizationStep[];
  source: string;
}

/** All atoms over one field under one normalisation: matched in one RE2.Set pass per row. */
export interface TextChannel {
  field: string;
  steps: readonly NormalizationStep[];
  atoms: readonly number[];
  set: RE2Set;
}

/** One enabled rule ready to evaluate. */
export interface CompiledRule {
  id: string;
  definition: RuleDefinition;
  node: CompiledNode;
}

/**
 * A rule set compiled for evaluation: its rules, their text atoms grouped into channels (one
 * RE2.Set each), the fields they read and the warnings found while checking.
 * @example const compiled = compileRules(ruleSet, ruleFieldSchema(sampleSchemas.listings));
 */
export interface CompiledRuleSet {
  rules: readonly CompiledRule[];
  atoms: readonly TextAtom[];
  channels: readonly TextChannel[];
  fields: readonly string[];
  diagnostics: readonly RuleDiagnostic[];
}
