import { adtributor, type AdtributorOptions } from "./adtributor.js";
import { leafCube } from "./leafCube.js";
import type { LeafCubeOptions } from "./LeafCubeOptions.js";
import * as msg from "./messages.js";
import type { RcaResult } from "./RcaResult.js";
import { RcaError } from "./RcaError.js";
import { rippleSearch, type RippleSearchOptions } from "./rippleSearch.js";

/** Names of the root-cause searches. */
export type RcaMethodName = "ripple" | "adtributor";

/**
 * Options for {@link rootCause}: those of `leafCube` (dims, measure or numerator/denominator,
 * period or time/baseline/current) and of the chosen search, plus `method` (default "ripple").
 */
export interface RootCauseOptions<Row>
  extends LeafCubeOptions<Row>, RippleSearchOptions, AdtributorOptions {
  method?: RcaMethodName;
}

/**
 * Explains a KPI change in one call: builds the leaf cube and runs the search (`ripple`, the
 * exhaustive multi-dimensional search, or `adtributor`, the published one-dimensional method).
 * @example rootCause(listings, { dims: ["category", "seller_tier"], measure: "missed", time: "created_at", baseline: "2026-09-01..2026-09-14", current: "2026-09-15..2026-09-29" }).causes
 */
export function rootCause<Row extends object>(
  data: readonly Row[] | { objects(): object[] },
  options: RootCauseOptions<Row>,
): RcaResult {
  const { method = "ripple" } = options;
  if (method !== "ripple" && method !== "adtributor")
    throw new RcaError(msg.badOption("method", method, '"ripple" or "adtributor"'));
  const cube = leafCube(data, options);
  return method === "ripple" ? rippleSearch(cube, options) : adtributor(cube, options);
}
