/**
 * A segment: fixed values for some dimensions; a dimension left out is open (any value).
 * `{}` is the whole population.
 * @example const wave: Segment = { category: "bags", seller_tier: "new", seller_country: "CN" };
 */
export type Segment = Record<string, string>;

/** The two periods a KPI change compares. */
export type PeriodName = "baseline" | "current";
