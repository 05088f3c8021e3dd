import type { KpiKind } from "./leafCube.js";
import type { RcaCause } from "./RcaCause.js";

/** The KPI being explained: its value in each period and the change. */
export interface KpiChange {
  kind: KpiKind;
  baseline: number;
  current: number;
  change: number;
  /** Factor applied to baseline sums (ratios: current / baseline denominator). */
  baselineScale: number;
  numerator: string;
  denominator: string;
}

/** What a root-cause search returns: the causes best first, with the work it did and why it stopped. */
export interface RcaResult {
  method: "adtributor" | "ripple";
  kpi: KpiChange | null;
  dims: string[];
  causes: RcaCause[];
  /** Segments whose evidence was computed. */
  candidates: number;
  /** Share of the change the causes explain together (sum of explanatory power). */
  explained: number;
  /** Ripple search: how well the causes' ripple effect reproduces the current leaves (0..1). */
  potentialScore?: number;
  warnings: string[];
  /** Set when there is no answer, with the reason (empty period, no change, no usable dimension). */
  empty?: string;
}
