import type { StreamEvent } from "./StreamEvent.js";

/** Which table an event type is a row of, and which column its `ts` becomes. */
export const eventTables: Record<string, { table: string; time: string }> = {
  listing_created: { table: "listings", time: "created_at" },
  model_scored: { table: "model_scores", time: "scored_at" },
  flagged: { table: "flags", time: "flagged_at" },
  review_decided: { table: "reviews", time: "reviewed_at" },
  appeal_resolved: { table: "appeals", time: "resolved_at" },
};

/**
 * The table row an event stands for (see data/README.md: a `review_decided` event is a row of
 * reviews with `reviewed_at` = ts), so stream and batch feed the same KPI accumulators; null for an
 * event type that is no table's row. Given `time` (epoch ms, the parsed `ts`), the time column holds
 * it instead of the text, so a `ts` without an offset keeps the zone it was parsed in.
 * @example eventRow({ ts: "2026-08-01T10:00:00+09:00", type: "flagged", listing_id: "L1" }) // { table: "flags", row: { flagged_at: …, listing_id: "L1" } }
 */
export function eventRow(
  event: StreamEvent,
  time?: number,
): { table: string; row: Record<string, unknown> } | null {
  const mapping = eventTables[event.type];
  if (!mapping) return null;
  const { ts, type: _type, ...fields } = event;
  return { table: mapping.table, row: { ...fields, [mapping.time]: time ?? ts } };
}
