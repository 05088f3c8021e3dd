import type { RcaCause } from "../../lib/rca/RcaCause.js";
import type { KpiChange, RcaResult } from "../../lib/rca/RcaResult.js";

/** A ranked cause of a KPI change: a segment's values before and during, and its share of the change. */
export function rcaCause(fields: Partial<RcaCause>): RcaCause {
  return {
    segment: { category: "bags", seller_tier: "new" },
    score: 0.8123,
    baseline: 0.92,
    current: 0.41,
    contribution: -0.2,
    explanatoryPower: 0.75,
    surprise: 0.1,
    effectSize: -0.51,
    zScore: null,
    support: { baseline: 1234, current: 210 },
    ...fields,
  };
}

/** A root-cause search's result over a KPI of `kind`, with `causes`. */
export function rcaResult(kind: KpiChange["kind"], causes: RcaCause[]): RcaResult {
  return {
    method: "ripple",
    kpi: {
      kind,
      baseline: kind === "ratio" ? 0.9 : 120,
      current: kind === "ratio" ? 0.6 : 300,
      change: kind === "ratio" ? -0.3 : 180,
      baselineScale: kind === "ratio" ? 1 : 0.5,
      numerator: "caught",
      denominator: "violations",
    },
    dims: ["category", "seller_tier"],
    causes,
    candidates: 1204,
    explained: 0.9,
    warnings: [],
  };
}
