import type { RuleSet } from "./RuleDefinition.js";

/**
 * A rule set that runs `candidates` in shadow beside `live`: the live rules as they are, then each
 * evaluated candidate with status `shadow` (draft and retired ones stay as written), and both
 * files' diagnostics. Candidate ids must differ from live ones (checkRules reports a repeat).
 * @example const set = withShadowRules(await loadRuleFile(files.rules), await loadRuleFile(files.definition.candidates));
 */
export function withShadowRules(live: RuleSet, candidates: RuleSet): RuleSet {
  return {
    ...live,
    rules: [
      ...live.rules,
      ...candidates.rules.map((rule) =>
        rule.status === "active" && rule.enabled ? { ...rule, status: "shadow" as const } : rule,
      ),
    ],
    lists: { ...candidates.lists, ...live.lists },
    diagnostics: [...live.diagnostics, ...candidates.diagnostics],
  };
}
