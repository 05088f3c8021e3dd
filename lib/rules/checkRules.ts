import type { CompiledRule, TextAtom } from "./CompiledRuleSet.js";
import type { RuleSet } from "./RuleDefinition.js";
import type { RuleDiagnostic } from "./RuleDiagnostic.js";
import type { RuleFieldSchema } from "./ruleFieldSchema.js";
import { compileRuleExpression } from "./compileRuleExpression.js";
import { lintRules } from "./lintRules.js";
import type { TextPatternOptions } from "./textPattern.js";

/** Options for {@link checkRules}. */
export interface CheckRulesOptions extends TextPatternOptions {
  /** Also compile (and so check) disabled rules (default true; evaluation skips them anyway). */
  includeDisabled?: boolean;
}

/** What {@link checkRules} found, with the rules lowered so far (used by compileRules). */
export interface RuleCheck {
  diagnostics: RuleDiagnostic[];
  rules: CompiledRule[];
  atoms: TextAtom[];
}

/**
 * Checks a parsed rule set against the data's fields: parse errors from the file, unknown fields
 * ("did you mean"), type mismatches, missing lists, regex errors naming the RE2-unsupported
 * feature, then lint warnings (never matches, duplicate rules, a pattern matching the empty
 * string). Errors come first in file order, then warnings.
 * @example checkRules(ruleSet, ruleFieldSchema(sampleSchemas.listings)).diagnostics.map(formatRuleDiagnostic);
 */
export function checkRules(
  ruleSet: RuleSet,
  schema: RuleFieldSchema,
  options: CheckRulesOptions = {},
): RuleCheck {
  const { includeDisabled = true, ...patternOptions } = options;
  const diagnostics: RuleDiagnostic[] = [...ruleSet.diagnostics];
  const atoms: TextAtom[] = [];
  const ctx = {
    ...patternOptions,
    schema,
    lists: ruleSet.lists,
    file: ruleSet.file,
    atoms,
    diagnostics,
  };
  const rules: CompiledRule[] = [];
  for (const rule of ruleSet.rules) {
    if (!rule.enabled && !includeDisabled) continue;
    const node = compileRuleExpression(rule, ctx);
    if (node) rules.push({ id: rule.id, definition: rule, node });
  }
  diagnostics.push(...lintRules(rules, ruleSet.file));
  const rank = (d: RuleDiagnostic) => (d.severity === "error" ? 0 : 1);
  const sorted = diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => d);
  return { diagnostics: sorted, rules, atoms };
}
