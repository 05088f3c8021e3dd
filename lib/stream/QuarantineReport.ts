import type { QuarantineKind } from "./QuarantineKind.js";
import type { StreamEvent } from "./StreamEvent.js";

/** One quarantined event, as an example: why, its time as written, its type and first id field. */
export interface QuarantinedEvent {
  kind: QuarantineKind;
  ts: string;
  type: string;
  /** The event's first `*_id` field, e.g. "listing_id=L0001234"; absent when it has none. */
  id?: string;
}

/** Events kept out of the windows by the stream clock, by reason, with the first few as examples. */
export interface QuarantineReport {
  /** More than `maxFuture` ahead of the stream clock and not confirmed by the events after them. */
  future: number;
  /** More than `maxPast` behind the stream clock. */
  past: number;
  /** No valid ISO 8601 time in `ts`. */
  invalid: number;
  /** The first `maxExamples` quarantined events. */
  examples: QuarantinedEvent[];
}

/**
 * An empty {@link QuarantineReport} and the callback that fills it (a {@link StreamClock}'s
 * `quarantine`): counts by reason, and the first `maxExamples` events (default 10) as examples.
 * @example const [report, record] = quarantineRecorder(); const clock = new StreamClock({}, admit, record);
 */
export function quarantineRecorder(
  maxExamples = 10,
): [QuarantineReport, (event: StreamEvent, time: number, kind: QuarantineKind) => void] {
  const report: QuarantineReport = { future: 0, past: 0, invalid: 0, examples: [] };
  const record = (event: StreamEvent, _time: number, kind: QuarantineKind) => {
    report[kind]++;
    if (report.examples.length >= maxExamples) return;
    const example: QuarantinedEvent = { kind, ts: String(event.ts), type: String(event.type) };
    for (const key of Object.keys(event))
      if (
        key.endsWith("_id") &&
        (typeof event[key] === "string" || typeof event[key] === "number")
      ) {
        example.id = `${key}=${String(event[key])}`;
        break;
      }
    report.examples.push(example);
  };
  return [report, record];
}
