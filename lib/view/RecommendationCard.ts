/** One recommendation card: what to do, what it changes, how sure we are. */
export interface RecommendationCard {
  title: string;
  /** The action in one sentence, e.g. "Raise counterfeit_v4 from 0.80 to 0.88". */
  action: string;
  /** The expected effect with numbers, e.g. "precision 64% → 85% [80–89%], queue −40/day". */
  impact?: string;
  /** Why, and on what evidence. */
  rationale?: string;
  owner?: string;
}
