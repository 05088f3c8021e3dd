import type { RuleStatusName } from "./RuleStatusName.js";
import type { MatchModeName } from "./MatchModeName.js";

/** Hits and label counts with precision (Wilson 95 % interval) and recall, for a rule or a group. */
export interface HitStats {
  hits: number;
  tp: number;
  fp: number;
  /** Hit rows without a label. */
  unlabeled: number;
  precision: number;
  precision_low: number;
  precision_high: number;
  /** tp / labeled positives in the data (NaN without positives). */
  recall: number;
}

/**
 * One rule's backtest: its stats plus what only it catches. A shadow rule is evaluated and
 * reported, never counted in the set's `total`; its unique hits are those no active rule hits.
 */
export interface RuleBacktestRow extends HitStats {
  id: string;
  name: string;
  policy: string;
  action: string;
  /** Lifecycle status: `active` rules flag, `shadow` rules are only evaluated. */
  status: RuleStatusName;
  /** The rule's priority (higher decides first). */
  priority: number;
  /** Listings whose action this rule decided (0 for a shadow rule). */
  decided: number;
  /** Rows hit by this rule and no other active rule. */
  unique_hits: number;
  /** True positives hit by this rule and no other active rule. */
  unique_tp: number;
  /** Recall the rule set would lose without this rule (an active one): unique_tp / positives. */
  recall_lost: number;
}

/** Listings per action the rule set takes, once actions are resolved (see `resolveActions`). */
export interface ActionBacktest {
  match: MatchModeName;
  /** One row per action taken, strongest first. */
  taken: (HitStats & { action: string })[];
}

/** Stats of one rule (or "(any)" for the whole set) within one segment value. */
export interface SegmentBacktestRow extends HitStats {
  column: string;
  value: string;
  rule: string;
  rows: number;
  positives: number;
}

/** Hits and true positives of one rule in one period. */
export interface PeriodBacktestRow {
  period: string;
  rule: string;
  hits: number;
  tp: number;
  fp: number;
}

/**
 * The result of {@link backtestRules}: per rule, the active set (`total`, a row counts once however
 * many active rules hit it), the listings per action taken, the overlap matrix (rows hit by both rules), per-segment and per-period rows.
 */
export interface RuleBacktest {
  rows: number;
  labeled: number;
  positives: number;
  rules: RuleBacktestRow[];
  /** The active rules as a set: a row counts once however many active rules hit it. */
  total: HitStats;
  /** What the active rules do once their actions are resolved. */
  actions: ActionBacktest;
  /**
   * Rows hit by two rules. `pairs` lists every pair with a shared hit as `[a, b, rows]` (indexes
   * into `ruleIds`, a ≤ b; a = b is the rule's own hits); `matrix` is the same as a dense
   * rules × rules table, only up to {@link denseOverlapLimit} rules (empty above: it grows with
   * the square of the rules — 10,000 rules made the JSON too long for a string).
   */
  overlap: { ruleIds: string[]; matrix: number[][]; pairs: [number, number, number][] };
  segments: SegmentBacktestRow[];
  periods: PeriodBacktestRow[];
  warnings: string[];
}

/** Most rules for which a backtest also gives the overlap as a dense matrix. */
export const denseOverlapLimit = 200;
