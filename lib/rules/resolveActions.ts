import type { MatchModeName } from "./MatchModeName.js";
import type { RuleActionName } from "./RuleActionName.js";
import type { RuleDefinition } from "./RuleDefinition.js";

/** The match modes a rule set may name. */
export const matchModeNames: readonly MatchModeName[] = ["all", "first"];

/** Severity of each action: block > review > tag. */
export const actionSeverity: Readonly<Record<RuleActionName, number>> = {
  block: 3,
  review: 2,
  tag: 1,
};

/** What a rule set does to one listing. */
export interface ResolvedAction {
  /** The action taken. */
  action: RuleActionName;
  /** The rule that decides it (its queue is the listing's queue). */
  ruleId: string;
  /** The rules that apply, deciding rule first: every hit rule (`all`) or the deciding one (`first`). */
  applied: string[];
}

/**
 * Resolves the action a rule set takes on one listing from the evaluated, acting rules that hit
 * it (in rule-file order). `first`: the hit rule of highest `priority` decides alone; rules of
 * equal priority that disagree resolve block > review > tag, then file order. `all` (default):
 * every hit rule applies and the strongest action wins whatever the priorities (block > review >
 * tag); among the rules taking it, the highest priority (then file order) decides the queue.
 * Undefined when no rule hits.
 * @example resolveActions([tagRule, blockRule], "all")?.action; // "block"
 */
export function resolveActions(
  hits: readonly Pick<RuleDefinition, "id" | "action" | "priority">[],
  mode: MatchModeName = "all",
): ResolvedAction | undefined {
  if (hits.length === 0) return undefined;
  const order = hits
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) =>
      mode === "first"
        ? b.rule.priority - a.rule.priority ||
          actionSeverity[b.rule.action] - actionSeverity[a.rule.action] ||
          a.index - b.index
        : actionSeverity[b.rule.action] - actionSeverity[a.rule.action] ||
          b.rule.priority - a.rule.priority ||
          a.index - b.index,
    )
    .map((entry) => entry.rule);
  const decider = order[0];
  return {
    action: decider.action,
    ruleId: decider.id,
    applied: mode === "first" ? [decider.id] : order.map((rule) => rule.id),
  };
}
