import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleSet } from "./RuleDefinition.js";
import { RuleError } from "./RuleError.js";
import type { RuleFieldSchema } from "./ruleFieldSchema.js";
import { checkRules, type CheckRulesOptions } from "./checkRules.js";
import { formatRuleDiagnostic } from "./formatRuleDiagnostic.js";
import * as msg from "./messages.js";

/** Options for {@link compileRules}. */
export type CompileRulesOptions = Omit<CheckRulesOptions, "includeDisabled">;

/**
 * Checks and compiles the enabled rules of a rule set: every text atom over the same field and
 * normalisation goes into one RE2.Set (one pass per row), the boolean structure stays a tree
 * evaluated over columns. Throws {@link RuleError} (with every diagnostic) when there is an error;
 * warnings are kept in `diagnostics`.
 * @example const compiled = compileRules(await loadRuleFile(path), ruleFieldSchema(sampleSchemas.listings));
 */
export function compileRules(
  ruleSet: RuleSet,
  schema: RuleFieldSchema,
  options: CompileRulesOptions = {},
): CompiledRuleSet {
  const check = checkRules(ruleSet, schema, { ...options, includeDisabled: false });
  const errors = check.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0)
    throw new RuleError(
      msg.rulesHaveErrors(errors.length, formatRuleDiagnostic(errors[0])),
      check.diagnostics,
    );
  const channels = check.channels;
  const fields = new Set<string>();
  const visit = (node: CompiledRuleSet["rules"][number]["node"]): void => {
    switch (node.kind) {
      case "and":
      case "or":
        visit(node.left);
        visit(node.right);
        break;
      case "not":
        visit(node.operand);
        break;
      case "text":
        fields.add(check.atoms[node.atom].field);
        break;
      default:
        fields.add(node.field);
    }
  };
  check.rules.forEach((r) => visit(r.node));
  return {
    rules: check.rules,
    atoms: check.atoms,
    channels,
    fields: [...fields],
    diagnostics: check.diagnostics,
  };
}
