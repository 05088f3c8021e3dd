/** What a rule does when it fires. */
export type RuleActionName = "block" | "review" | "tag";
