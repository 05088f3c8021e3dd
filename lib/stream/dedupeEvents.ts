import type { StreamEvent } from "./StreamEvent.js";

/** Options for {@link dedupeEvents}. */
export interface DedupeEventsOptions {
  /** Identity of an event. Default: the whole event as JSON (an identical line is a duplicate). */
  key?: (event: StreamEvent) => string;
  /** How far back in event time duplicates are looked for, in ms. Default 3,600,000 (1 h). */
  horizonMs?: number;
  /** Counters: `duplicates` is incremented per dropped event. */
  stats?: { duplicates: number };
}

/**
 * Drops events identical to one seen within `horizonMs` of event time (a replayed consumer
 * writing events twice, incident INC-2026-005). Memory holds the keys of one horizon, not the
 * whole stream.
 * @example for await (const e of dedupeEvents(jsonlEvents(path))) count++;
 */
export async function* dedupeEvents(
  events: AsyncIterable<StreamEvent>,
  options: DedupeEventsOptions = {},
): AsyncGenerator<StreamEvent> {
  const { key = (e: StreamEvent) => JSON.stringify(e), horizonMs = 3_600_000 } = options;
  const stats = options.stats ?? { duplicates: 0 };
  const seen = new Map<string, number>();
  let latest = -Infinity;
  let lastPrune = -Infinity;
  for await (const event of events) {
    const t = Date.parse(event.ts);
    const id = key(event);
    const previous = seen.get(id);
    if (previous !== undefined && Math.abs(t - previous) <= horizonMs) {
      stats.duplicates++;
      continue;
    }
    seen.set(id, t);
    if (t > latest) latest = t;
    // Prune once per horizon, so the cost stays linear.
    if (latest - lastPrune > horizonMs) {
      for (const [k, at] of seen) if (latest - at > horizonMs) seen.delete(k);
      lastPrune = latest;
    }
    yield event;
  }
}
