import type { TableColumn } from "../view/TableColumn.js";

/** A candidate rule's overlap with one production rule, as the rule backtest notebook lists it. */
export interface CandidateOverlapRow {
  candidate: string;
  rule: string;
  /** Listings both rules hit. */
  shared: number;
  /** shared / the candidate's own hits. */
  of_new_rule: number;
}

/**
 * The columns of a candidate-overlap table: candidate, production rule, listings hit by both and
 * their share of the candidate's hits.
 * @example htmlTable(overlapRows, { columns: candidateOverlapColumns() })
 */
export function candidateOverlapColumns(): TableColumn<CandidateOverlapRow>[] {
  return [
    "candidate",
    "rule",
    { name: "shared", label: "listings hit by both", format: "integer" },
    { name: "of_new_rule", label: "share of the new rule's hits", format: "percent" },
  ];
}
