import type { ProportionInterval } from "../metrics/wilsonInterval.js";

/** What the readout recommends for a shadow rule. */
export type ShadowDecisionName = "promote" | "keep in shadow" | "retire";

/** A recommendation with the evidence it rests on, one sentence per reason. */
export interface ShadowRecommendation {
  decision: ShadowDecisionName;
  reasons: string[];
}

/** Labels of a shadow rule's hits: all of them, and the new ones (no active rule hits them). */
export interface ShadowLabelCounts {
  /** Hits with a label. */
  labeled: number;
  /** Labeled violations among the hits. */
  tp: number;
  /** Labeled non-violations among the hits. */
  fp: number;
  /** tp / labeled with its Wilson 95 % interval. */
  precision: ProportionInterval;
  newLabeled: number;
  /** New hits labeled violations: violations newly caught against the active set. */
  newlyCaught: number;
  /** New hits labeled non-violations: listings newly flagged wrongly. */
  newlyFlaggedClean: number;
  newPrecision: ProportionInterval;
}

/** One as-of day of the label arrival: what was known of the hits so far at the end of `day`. */
export interface ShadowArrivalRow extends ShadowLabelCounts {
  day: string;
  hits: number;
  newHits: number;
}

/** A shadow rule's overlap with one live rule. */
export interface ShadowOverlapRow {
  rule: string;
  /** Listings both rules hit. */
  shared: number;
  /** shared / the shadow rule's hits. */
  shareOfShadow: number;
  /** The live rule's hits, and shared / those. */
  liveHits: number;
  shareOfLive: number;
}

/** What new flags add to one review queue per day, against its capacity. */
export interface ShadowQueueLoad {
  queue: string;
  /** New flags (no active rule hits them) per day, on average over the window. */
  extraPerDay: number;
  /** The most new flags on one day, and that day. */
  peakExtra: number;
  peakDay?: string;
  /** What the queue takes in per day now (reviews enqueued, else the active rules' hits). */
  loadPerDay: number;
  loadSource: string;
  /** Flags per day the queue can review (NaN when unknown), and where that figure comes from. */
  capacity: number;
  capacitySource: string;
  /** capacity − load − extra (NaN when the capacity is unknown). */
  headroom: number;
  /** Whether load + extra stays within capacity (undefined when the capacity is unknown). */
  fits?: boolean;
}

/** The readout of one shadow rule. */
export interface ShadowRuleReadout {
  id: string;
  name: string;
  policy: string;
  action: string;
  queue: string;
  hits: number;
  /** Hits no active rule hits: what promoting it would add. */
  newHits: number;
  /** Labels known at the end of `asOf` (or the label column when the data has no dated labels). */
  known: ShadowLabelCounts;
  /** The same counts by the data's label column (hindsight, e.g. ground truth), when it has one. */
  truth?: ShadowLabelCounts & { unlabeled: number };
  overlap: ShadowOverlapRow[];
  queueLoad: ShadowQueueLoad;
  /** Labels as they arrived, one row per day of the window (empty without dated labels). */
  arrival: ShadowArrivalRow[];
  recommendation: ShadowRecommendation;
}

/**
 * A shadow readout: for each shadow rule, what it would add to the active rules over a window —
 * new catches and new false flags, overlap with each live rule, extra queue load against
 * capacity, precision as labels arrived — and a recommendation.
 */
export interface ShadowReadout {
  /** First and last day of the window (`YYYY-MM-DD`, the dataset's zone) and its length in days. */
  since: string;
  asOf: string;
  days: number;
  /** Listings evaluated in the window. */
  rows: number;
  /** Where the labels come from, in words ("reviews, audits, appeals by decision time"). */
  labelSource: string;
  /** Whether labels are dated (joined by decision time) rather than read from a column. */
  datedLabels: boolean;
  activeRules: string[];
  rules: ShadowRuleReadout[];
  /** Per queue, all its shadow rules together (a listing counts once). */
  queues: ShadowQueueLoad[];
  /** Lines saying what is missing or approximated. */
  notes: string[];
}
