/**
 * How a rule set applies to a listing several of its rules hit: `all` (every hit rule applies;
 * the strongest action is taken) or `first` (only the first hit rule by priority applies).
 */
export type MatchModeName = "all" | "first";
