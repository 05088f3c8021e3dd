import type { RcaCause } from "./RcaCause.js";

/**
 * The causes on the same dimension as the first (best-ranked) cause, in their order: Adtributor's
 * best one-dimensional set when given its causes. Empty when there are none.
 * @example leadingDimensionCauses(adtributor(cube).causes).map((c) => c.segment) // [{ queue: "contact" }, { queue: "fake" }]
 */
export function leadingDimensionCauses(causes: readonly RcaCause[]): RcaCause[] {
  if (!causes.length) return [];
  const dimension = Object.keys(causes[0].segment)[0];
  return causes.filter((c) => Object.keys(c.segment)[0] === dimension);
}
