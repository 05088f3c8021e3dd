import type { StreamEvent } from "./StreamEvent.js";

/**
 * Consecutive events of a stream with their times, so a consumer pays one `await` per batch
 * instead of one per event, and reads each `ts` once. `times[i]` is `events[i].ts` read by
 * strictTimestampParser in `zone` (NaN when it is not a strict ISO 8601 time).
 */
export interface EventBatch {
  events: StreamEvent[];
  times: Float64Array;
  /** The IANA zone the times were read in (a `ts` without an offset is wall-clock time there). */
  zone: string;
}

/**
 * An event stream that can also be read a batch at a time: iterate it for one event per step, or
 * call `batches()` for {@link EventBatch}es — one or the other, not both (they share one reading).
 * jsonlEvents and dedupeEvents return one; monitorStream and streamKpis read the batches.
 */
export interface BatchedEventStream extends AsyncGenerator<StreamEvent> {
  batches(): AsyncGenerator<EventBatch>;
}
