import type { FileSink } from "./FileSink.js";
import { formatTimestamp } from "./time.js";
import { within } from "./timeline.js";

/** The event types of events.jsonl. */
export type EventKind =
  "listing_created" | "model_scored" | "flagged" | "review_decided" | "appeal_resolved";

interface Pending {
  ts: number;
  seq: number;
  line: string;
}

/**
 * Orders events by time across listings with a min-heap and writes them to events.jsonl as soon as
 * no later-generated event can precede them, so memory holds only the pending window (reviews and
 * appeals still in the future), not the whole stream. Ties keep emission order.
 * @example log.push(ts, "flagged", { listing_id }); log.flushBefore(nextDayStart);
 */
export class EventLog {
  readonly #sink: FileSink;
  readonly #duplicate: { start: number; end: number } | undefined;
  readonly #heap: Pending[] = [];
  #seq = 0;
  /** Events written twice because they fell in the duplication window. */
  duplicated = 0;

  /** `duplicate`: a window whose events are written twice (the injected feed duplication), default none. */
  constructor(sink: FileSink, duplicate?: { start: number; end: number }) {
    this.#sink = sink;
    this.#duplicate = duplicate;
  }

  /** Queues one event; `fields` keep their insertion order in the JSON line. */
  push(ts: number, type: EventKind, fields: Record<string, unknown>): void {
    const line = JSON.stringify({ ts: formatTimestamp(ts), type, ...fields });
    this.#heap.push({ ts, seq: this.#seq++, line });
    this.#up(this.#heap.length - 1);
  }

  /** Writes every queued event with ts < limit, in time order. */
  flushBefore(limit: number): void {
    while (this.#heap.length > 0 && this.#heap[0].ts < limit) {
      const top = this.#pop();
      this.#sink.line(top.line);
      if (this.#duplicate && within(top.ts, this.#duplicate)) {
        this.#sink.line(top.line);
        this.duplicated += 1;
      }
    }
  }

  #less(a: Pending, b: Pending): boolean {
    return a.ts < b.ts || (a.ts === b.ts && a.seq < b.seq);
  }

  #pop(): Pending {
    const heap = this.#heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      this.#down(0);
    }
    return top;
  }

  #up(index: number): void {
    const heap = this.#heap;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.#less(heap[index], heap[parent])) return;
      [heap[index], heap[parent]] = [heap[parent], heap[index]];
      index = parent;
    }
  }

  #down(index: number): void {
    const heap = this.#heap;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let smallest = index;
      if (left < heap.length && this.#less(heap[left], heap[smallest])) smallest = left;
      if (right < heap.length && this.#less(heap[right], heap[smallest])) smallest = right;
      if (smallest === index) return;
      [heap[index], heap[smallest]] = [heap[smallest], heap[index]];
      index = smallest;
    }
  }
}
