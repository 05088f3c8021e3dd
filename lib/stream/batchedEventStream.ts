import type { BatchedEventStream, EventBatch } from "./EventBatch.js";
import type { StreamEvent } from "./StreamEvent.js";

/**
 * A {@link BatchedEventStream} over a generator of batches: iterating it yields their events one
 * by one; `batches()` hands out the generator itself.
 * @example return batchedEventStream(readBatches(path));
 */
export function batchedEventStream(batches: AsyncGenerator<EventBatch>): BatchedEventStream {
  async function* events(): AsyncGenerator<StreamEvent> {
    for await (const batch of batches) yield* batch.events;
  }
  return Object.assign(events(), { batches: () => batches });
}
