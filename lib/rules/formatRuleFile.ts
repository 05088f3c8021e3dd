import { stringify } from "yaml";
import type { RuleSet } from "./RuleDefinition.js";
import { normalizationSteps } from "./normalizeText.js";

/**
 * Writes a rule set as the text of a YAML rule file that {@link parseRuleFile} reads back to the
 * same rules: id, name, policy, action, the other keys as written (queue, updated_at …), owner,
 * priority and status when not the default, version, normalize, description and `when`; a map
 * with `match:` first when the set names its match mode.
 * @example await writeFile("rules.yaml", formatRuleFile(await loadRuleFile("rules.xlsx")));
 */
export function formatRuleFile(ruleSet: RuleSet): string {
  const rules = ruleSet.rules.map((rule) => {
    const entry: Record<string, unknown> = { id: rule.id };
    if (rule.name !== rule.id) entry.name = rule.name;
    entry.policy = rule.policy;
    entry.action = rule.action;
    Object.assign(entry, rule.extra);
    if (rule.owner) entry.owner = rule.owner;
    if (rule.priority !== 0) entry.priority = rule.priority;
    if (rule.status !== "active") entry.status = rule.status;
    if (!rule.enabled && (rule.status === "active" || rule.status === "shadow"))
      entry.enabled = false;
    if (rule.version !== undefined) entry.version = rule.version;
    const normalize = Object.entries(rule.normalize).filter(([, steps]) => steps.length > 0);
    const all = (steps: readonly string[]) =>
      steps.length === normalizationSteps.length ? "all" : [...steps];
    if (normalize.length === 1 && normalize[0][0] === "*") entry.normalize = all(normalize[0][1]);
    else if (normalize.length)
      entry.normalize = Object.fromEntries(normalize.map(([f, steps]) => [f, all(steps)]));
    if (rule.description) entry.description = rule.description;
    entry.when = rule.when;
    return entry;
  });
  return stringify(ruleSet.match ? { match: ruleSet.match, rules } : rules, { lineWidth: 0 });
}
