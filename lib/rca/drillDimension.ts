import type { Segment } from "./Segment.js";

/** The dimensions a drill-down tries, in order, when none is given. */
export const defaultDrillOrder = ["detector", "category", "seller_tier"] as const;

/**
 * The dimension to break a segment down by one level further: the first of `order` that the
 * segment does not already fix and the cube has (`dims`), or undefined when none is left.
 * @example drillDimension({ queue: "contact" }, ["queue", "detector"]) // "detector"
 */
export function drillDimension(
  segment: Segment,
  dims: readonly string[],
  order: readonly string[] = defaultDrillOrder,
): string | undefined {
  return order.find((d) => !(d in segment) && dims.includes(d));
}
