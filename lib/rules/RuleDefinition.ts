import type { DecisionTable } from "./DecisionTable.js";
import type { MatchModeName } from "./MatchModeName.js";
import type { RuleActionName } from "./RuleActionName.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import type { RuleExpression } from "./RuleExpression.js";
import type { RuleStatusName } from "./RuleStatusName.js";
import type { SourcePosition } from "./whenLocator.js";
import type { NormalizationStep } from "./normalizeText.js";

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
  /**
   * Whether the rule is evaluated: false when `enabled: false` is written or the status is draft
   * or retired.
   */
  enabled: boolean;
  /** Lifecycle status (default active). */
  status: RuleStatusName;
  /** The rule's version as written (`version:`), undefined when none is. */
  version?: string | number;
  /** Higher wins when rules disagree on one listing (`priority:`, default 0). */
  priority: number;
  when: string;
  expression?: RuleExpression;
  normalize: Readonly<Record<string, readonly NormalizationStep[]>>;
  /** Other keys of the rule (queue, updated_at…), kept as written. */
  extra: Readonly<Record<string, unknown>>;
  line?: number;
  /** The decision-table cell that names the rule (its first row's id), for a rule from a table. */
  cell?: string;
  /**
   * Maps an offset in `when` to a 1-based line and column in the file (or a table cell), when
   * known; `end` (exclusive) is where the span it starts ends, when the caller knows it.
   */
  locate?: (offset: number, end?: number) => SourcePosition;
}

/**
 * A parsed rule file: its rules, the named lists they may use (entries per list name), and the
 * problems found while reading it; for a decision table, the table's rows as read (for its
 * verification).
 * @example const { rules, lists, diagnostics } = await loadRuleFile("data/rules/production-rules.yaml");
 */
export interface RuleSet {
  file?: string;
  rules: RuleDefinition[];
  lists: Readonly<Record<string, readonly string[]>>;
  diagnostics: RuleDiagnostic[];
  /** The decision table the rules were read from, when they were. */
  table?: DecisionTable;
  /** How the rules' actions combine on a listing, when the file says (`match:`; see `resolveActions`). */
  match?: MatchModeName;
}
