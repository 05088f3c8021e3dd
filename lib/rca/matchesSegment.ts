import type { Segment } from "./Segment.js";

/**
 * A predicate that is true for rows inside a segment: every dimension the segment fixes has that
 * value in the row (compared as text; null or empty matches "(empty)", as in `leafCube`).
 * @example listings.filter(matchesSegment({ category: "bags", seller_tier: "new" }))
 */
export function matchesSegment(segment: Segment): (row: object) => boolean {
  const entries = Object.entries(segment);
  return (row) =>
    entries.every(([dim, value]) => {
      const raw = (row as Record<string, unknown>)[dim];
      const text =
        raw === null || raw === undefined || raw === ""
          ? "(empty)"
          : raw instanceof Date
            ? raw.toISOString()
            : String(raw);
      return text === value;
    });
}
