import { StreamClock, type StreamClockOptions } from "./StreamClock.js";
import type { StreamEvent } from "./StreamEvent.js";
import type { BatchedEventStream, EventBatch } from "./EventBatch.js";
import { batchedEventStream } from "./batchedEventStream.js";
import { eventBatches } from "./eventBatches.js";
import { eventTextHash, stringHash } from "./jsonTextHash.js";
import { strictTimestampParser } from "../time/strictTimestampParser.js";
import { RecentKeys } from "./RecentKeys.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** Counters of {@link dedupeEvents}, updated as events pass. */
export interface DedupeStats {
  /** Events dropped as duplicates. */
  duplicates: number;
  /** Keys forgotten early because `maxKeys` were remembered (a duplicate after that is not caught). */
  evicted: number;
  /** The most keys remembered at once: never more than `maxKeys`. */
  peakKeys: number;
}

/** Options for {@link dedupeEvents}. */
export interface DedupeEventsOptions {
  /**
   * Identity of an event. Default: the whole event as JSON (an identical line is a duplicate, and
   * so is one spaced differently); the events themselves are then held, so they must not be
   * changed while within the horizon.
   */
  key?: (event: StreamEvent) => string;
  /** How far back in event time duplicates are looked for, in ms. Default 3,600,000 (1 h). */
  horizonMs?: number;
  /** Most keys remembered; past it the oldest is forgotten and counted in `evicted`. Default 100,000. */
  maxKeys?: number;
  /** IANA zone of a `ts` without an offset. Default `DEFAULT_ZONE`. */
  zone?: string;
  /** The stream clock that decides what is old (see {@link StreamClock}). Default: its defaults. */
  clock?: StreamClockOptions;
  /** Counters. Default: a private object. */
  stats?: DedupeStats;
}

const noop = () => {};

/**
 * Drops events identical to one seen within `horizonMs` of event time (a replayed consumer
 * writing events twice, incident INC-2026-005), in order, dropping nothing else. Memory holds the
 * keys of about two horizons of the stream's clock — a {@link StreamClock}, so one event dated 2099
 * cannot stop the pruning — and never more than `maxKeys`. Reads and gives batches when the source
 * has them (see {@link BatchedEventStream}). The keys sit in a {@link RecentKeys} ring: a hash and a
 * time per key in typed arrays, no Map entry or key text per event.
 * @example for await (const e of dedupeEvents(jsonlEvents(path))) count++;
 */
export function dedupeEvents(
  events: AsyncIterable<StreamEvent>,
  options: DedupeEventsOptions = {},
): BatchedEventStream {
  return batchedEventStream(dedupeBatches(events, options));
}

async function* dedupeBatches(
  events: AsyncIterable<StreamEvent>,
  options: DedupeEventsOptions,
): AsyncGenerator<EventBatch> {
  const { key, horizonMs = 3_600_000, maxKeys = 100_000, zone = DEFAULT_ZONE } = options;
  const stats = options.stats ?? { duplicates: 0, evicted: 0, peakKeys: 0 };
  // Only the clock's time is used here: every event is passed on, in order.
  const clock = new StreamClock<null>(options.clock ?? {}, noop, noop);
  // The default key, the event's JSON text, is never built: the events are held and their texts
  // compared only when their hashes meet (a duplicate, or rarely two events with the same hash).
  const seen = key
    ? new RecentKeys<string>((a, b) => a === b)
    : new RecentKeys<StreamEvent>((a, b) => JSON.stringify(a) === JSON.stringify(b));
  const parse = strictTimestampParser(zone);
  const isDuplicate = (event: StreamEvent, t: number): boolean => {
    // An event without a time is never a duplicate, nor remembered.
    if (Number.isNaN(t)) return false;
    const id = key ? key(event) : event;
    const hash = key ? stringHash(id as string) : eventTextHash(event, t, parse);
    const slot = (seen as RecentKeys<unknown>).find(id, hash);
    if (slot !== -1 && Math.abs(t - seen.timeAt(slot)) <= horizonMs) return true;
    // Remove first so the ring's order stays the order of arrival: the oldest key is first.
    if (slot !== -1) seen.remove(slot);
    else if (seen.size >= maxKeys) {
      seen.remove(seen.oldest());
      stats.evicted++;
    }
    (seen as RecentKeys<unknown>).add(id, hash, t);
    if (seen.size > stats.peakKeys) stats.peakKeys = seen.size;
    return false;
  };
  let now = NaN;
  const tooFar = (at: number) => Math.abs(now - at) > horizonMs;
  let lastPrune = NaN;
  for await (const batch of eventBatches(events, zone)) {
    const kept: StreamEvent[] = [];
    const times = new Float64Array(batch.events.length);
    for (let i = 0; i < batch.events.length; i++) {
      const event = batch.events[i];
      const t = batch.times[i];
      clock.offer(null, t);
      if (isDuplicate(event, t)) {
        stats.duplicates++;
        continue;
      }
      // Prune once per horizon of the clock, so the cost stays linear; keys far ahead of the clock
      // (events it did not admit) go too.
      now = clock.now;
      if (now - lastPrune > horizonMs || (Number.isNaN(lastPrune) && !Number.isNaN(now))) {
        seen.prune((at) => !tooFar(at));
        lastPrune = now;
      }
      times[kept.length] = t;
      kept.push(event);
    }
    if (kept.length) yield { events: kept, times: times.subarray(0, kept.length), zone };
  }
}
