import type { EventBatch } from "./EventBatch.js";
import type { StreamEvent } from "./StreamEvent.js";
import { strictTimestampParser } from "../time/strictTimestampParser.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

const hasBatches = (
  events: AsyncIterable<StreamEvent>,
): events is AsyncIterable<StreamEvent> & { batches(): AsyncIterable<EventBatch> } =>
  typeof (events as { batches?: unknown }).batches === "function";

/**
 * The events of a stream as {@link EventBatch}es with times read in `zone`: the stream's own
 * batches when it has them (a BatchedEventStream; times read in another zone are read again), or
 * one batch per event of any other async iterable.
 * @example for await (const { events, times } of eventBatches(dedupeEvents(jsonlEvents(path)), DEFAULT_ZONE)) …
 */
export async function* eventBatches(
  events: AsyncIterable<StreamEvent>,
  zone = DEFAULT_ZONE,
): AsyncGenerator<EventBatch> {
  const parse = strictTimestampParser(zone);
  if (hasBatches(events)) {
    for await (const batch of events.batches()) {
      if (batch.zone === zone) yield batch;
      else {
        const times = Float64Array.from(batch.events, (e) => parse(e.ts));
        yield { events: batch.events, times, zone };
      }
    }
    return;
  }
  for await (const event of events)
    yield { events: [event], times: Float64Array.of(parse(event.ts)), zone };
}
