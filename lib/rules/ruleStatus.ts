import type { RuleStatusName } from "./RuleStatusName.js";

/** The lifecycle statuses in the order a rule moves through them. */
export const ruleStatusNames: readonly RuleStatusName[] = ["draft", "shadow", "active", "retired"];

/**
 * Whether rules of a status are evaluated (shadow and active; draft and retired are only checked).
 * @example isEvaluatedStatus("shadow"); // true
 */
export function isEvaluatedStatus(status: unknown): boolean {
  return status === "active" || status === "shadow";
}
