import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import type { RuleExpression } from "./RuleExpression.js";
import type { NormalizationStep } from "./normalizeText.js";

/** What a rule does when it fires. */
export type RuleActionName = "block" | "review" | "tag";

/**
 * One rule of a rule file: metadata, the `when` text and its parsed expression (undefined when it
 * does not parse), the normalisation steps per text field (`"*"` = every field), and where the
 * rule and its `when` start in the file (for positions in diagnostics).
 * @example ruleSet.rules.find((r) => r.id === "cf_keywords")?.expression;
 */
export interface RuleDefinition {
  id: string;
  name: string;
  policy: string;
  action: RuleActionName;
  owner: string;
  description: string;
  enabled: boolean;
  when: string;
  expression?: RuleExpression;
  normalize: Readonly<Record<string, readonly NormalizationStep[]>>;
  /** Other keys of the rule (queue, version, updated_at…), kept as written. */
  extra: Readonly<Record<string, unknown>>;
  line?: number;
  /** Maps an offset in `when` to a 1-based line and column in the file, when known. */
  locate?: (offset: number) => { line: number; column: number; snippet: string };
}

/**
 * A parsed rule file: its rules, the named lists they may use (entries per list name), and the
 * problems found while reading it.
 * @example const { rules, lists, diagnostics } = await loadRuleFile("data/rules/production-rules.yaml");
 */
export interface RuleSet {
  file?: string;
  rules: RuleDefinition[];
  lists: Readonly<Record<string, readonly string[]>>;
  diagnostics: RuleDiagnostic[];
}
