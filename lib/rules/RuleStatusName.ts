/**
 * Where a rule is in its lifecycle: `draft` and `retired` rules are checked, not evaluated;
 * `shadow` rules are evaluated and reported but never count as flags; `active` rules flag.
 */
export type RuleStatusName = "draft" | "shadow" | "active" | "retired";
