import type { Lang } from "../i18n/Lang.js";
import type { GrainName } from "../time/periodStart.js";

/**
 * A row condition on one column: a value (equality), a list (any of), or comparisons.
 * `null: true` keeps rows where the column is empty, `null: false` rows where it is filled.
 */
export type KpiCondition =
  | string
  | number
  | boolean
  | (string | number | boolean)[]
  | {
      eq?: string | number | boolean;
      ne?: string | number | boolean;
      in?: (string | number | boolean)[];
      not_in?: (string | number | boolean)[];
      gt?: number;
      gte?: number;
      lt?: number;
      lte?: number;
      null?: boolean;
      starts_with?: string;
    };

/**
 * One counted quantity over one table: rows of `table` in the period (by the `time` column) that
 * pass `where`, counted (default), summed (`sum`), counted once per value (`distinct`) or weighted
 * by the inverse of a probability column (`inverse_weight`, for audit samples).
 */
export interface KpiTerm {
  table: string;
  time: string;
  where?: Record<string, KpiCondition>;
  sum?: string;
  distinct?: string;
  inverse_weight?: string;
}

/** How a KPI's value is computed per period (and dimension values). Exactly one kind is set. */
export interface KpiFormula {
  /** Sum of the terms. */
  count?: KpiTerm[];
  /** Sum of the numerator terms over the sum of the denominator terms. */
  ratio?: { numerator: KpiTerm[]; denominator: KpiTerm[] };
  /** The q-quantile (linear interpolation, like DuckDB quantile_cont) of `value` over the rows. */
  quantile?: KpiTerm & { value: string; q: number };
  /** Hours from the period end back to the latest row of `table` at or before it. */
  freshness?: { table: string; time: string };
  /** Items open at the period end: `start` ≤ end < `end` (or `end` empty). */
  backlog?: { table: string; start: string; end: string; where?: Record<string, KpiCondition> };
  /** Multiplies the value, e.g. 1/3600 to turn seconds into hours. Default 1. */
  scale?: number;
}

/** Whether a larger value is better ("higher") or a smaller one ("lower"). */
export type KpiDirectionName = "higher" | "lower";

/**
 * A target: `value` is met on the good side of `direction`; between `value` and `warning` the KPI
 * is at risk; beyond `warning` it is missed. Without `warning` there is no at-risk band.
 */
export interface KpiTarget {
  value: number;
  direction: KpiDirectionName;
  warning?: number;
  /**
   * The period a count target is stated per, e.g. day for "≤ 0.5 h per day". Default: the KPI's
   * grain. A count rolled up to a coarser period is shown per this grain, so it meets the target
   * as written, never a week's sum against a day's target. No coarser than the KPI's grain.
   */
  grain?: GrainName;
}

/** One KPI as written in kpis.yaml. */
export interface KpiDefinition {
  name: string;
  title: string;
  description: string;
  owner: string;
  /** Group for dashboards: enforcement, operations, detection, data_integrity. */
  area: string;
  grain: GrainName;
  /** Columns that split the KPI, present in every table the formula reads. Default none. */
  dimensions: string[];
  formula: KpiFormula;
  /** How to show the value: "percent", "integer", "number", "hours". Default "number". */
  format: string;
  target?: KpiTarget;
  /** The title and description in other languages (`ko: { title, description }` in kpis.yaml). */
  translations?: Partial<Record<Lang, KpiText>>;
}

/** A KPI's words in one language. */
export interface KpiText {
  title: string;
  description: string;
}

/** A parsed kpis.yaml: derived columns per table and the KPI definitions. */
export interface KpiSet {
  /** Derived columns, e.g. `reviews: { hours_to_decision: { hours_between: [enqueued_at, reviewed_at] } }`. */
  derived: Record<string, Record<string, { hours_between: [string, string] }>>;
  kpis: KpiDefinition[];
}
