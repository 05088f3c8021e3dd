import { ruleHit, type RuleHits } from "./RuleHits.js";

/**
 * The ids of the rules that hit one row, in rule-file order: the per-row record of a {@link RuleHits}.
 * @example rowRuleIds(hits, 17); // ["cf_keywords", "cf_luxury_low_price"]
 */
export function rowRuleIds(hits: RuleHits, row: number): string[] {
  return hits.ruleIds.filter((_, k) => ruleHit(hits, k, row));
}
