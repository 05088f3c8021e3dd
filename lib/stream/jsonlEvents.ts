import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import type { Readable } from "node:stream";
import { StreamError } from "./StreamError.js";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";
import type { StreamEvent } from "./StreamEvent.js";
import type { BatchedEventStream, EventBatch } from "./EventBatch.js";
import { batchedEventStream } from "./batchedEventStream.js";
import { lineBatches } from "./lineBatches.js";
import { StreamClock, type StreamClockOptions } from "./StreamClock.js";
import { strictTimestampParser } from "../time/strictTimestampParser.js";
import { timestampProblem } from "../time/timestampProblem.js";
import * as msg from "./messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

const noop = () => {};
// Bytes per read of a file: at the default 64 KB, dispatching 30,000 reads took 0.46 s of the main
// thread's 2M-event profile; 256 KB reads a quarter as often and holds about 1,500 events a batch.
const readSize = 256 * 1024;

/** Counts kept while reading; pass an object to read them during and after the stream. */
export interface JsonlStats {
  lines: number;
  events: number;
  /** Lines that are not an event: not a JSON object, or no string `ts` or `type`. */
  malformed: number;
  /** Lines whose `ts` is not a strict ISO 8601 timestamp ("1", "5/6/2026", "2026-13-45T00:00:00"). */
  invalid: number;
}

/** Options for {@link jsonlEvents}. */
export interface JsonlEventsOptions {
  /** A malformed line: "stop" throws {@link StreamError} (default); "skip" counts it and warns. */
  malformed?: "stop" | "skip";
  /** Replay speed: event time runs this many times faster than wall time. Default Infinity (no waiting). */
  speed?: number;
  /** Counters, updated as lines are read. Default: a private object. */
  stats?: JsonlStats;
  /** Called once per skipped line with the message. Default: none (the count is in `stats`). */
  onWarning?: (message: string) => void;
  /** Name of the source in messages. Default: the path, or "stdin". */
  name?: string;
  /** IANA zone of a `ts` without an offset: the dataset's zone. Default `DEFAULT_ZONE`. */
  zone?: string;
  /** The clock replay pacing follows, so an event dated 2099 does not put the replay to sleep. Default: {@link StreamClock}'s. */
  clock?: StreamClockOptions;
}

/**
 * The events of a JSON Lines source (a file path, or a readable stream such as process.stdin) as
 * an AsyncIterable, read in bounded memory, optionally replayed at `speed`× event time. `ts` must
 * be strict ISO 8601 (`2026-10-29T09:00:00+09:00`; no offset: wall-clock time in `zone`). A line
 * that is not a JSON object with such a `ts` and a string `type` stops the stream with the file,
 * line and problem, or is skipped and counted as malformed or invalid (`malformed: "skip"`). Blank
 * lines are ignored. Its `batches()` reads the events a chunk of the file at a time with their
 * times (see {@link BatchedEventStream}), the way monitorStream and streamKpis read it.
 * @example for await (const event of jsonlEvents("data/events.jsonl", { speed: 3600 })) console.log(event.type);
 */
export function jsonlEvents(
  source: string | Readable,
  options: JsonlEventsOptions = {},
): BatchedEventStream {
  return batchedEventStream(jsonlBatches(source, options));
}

async function* jsonlBatches(
  source: string | Readable,
  options: JsonlEventsOptions,
): AsyncGenerator<EventBatch> {
  const { malformed = "stop", speed = Infinity, onWarning, zone = DEFAULT_ZONE } = options;
  if (!(speed > 0)) throw new StreamError(msg.badSpeed(speed));
  const stats = options.stats ?? { lines: 0, events: 0, malformed: 0, invalid: 0 };
  const parse = strictTimestampParser(zone);
  // Pacing follows a clock that one far-future event cannot move (it would sleep for decades).
  const pace = new StreamClock<null>(options.clock ?? {}, noop, noop);
  const name = options.name ?? (typeof source === "string" ? source : "stdin");
  if (typeof source === "string") {
    try {
      await access(source);
    } catch {
      throw new StreamError(msg.sourceNotFound(source));
    }
  }
  const input =
    typeof source === "string" ? createReadStream(source, { highWaterMark: readSize }) : source;
  // Stopping early closes a file; stdin is left open, as readline left it.
  const chunks = typeof source === "string" ? input : input.iterator({ destroyOnReturn: false });
  let firstEventMs = NaN;
  const started = performance.now();
  let events: StreamEvent[] = [];
  let times: number[] = [];
  const batch = (): EventBatch => {
    const out = { events, times: Float64Array.from(times), zone };
    events = [];
    times = [];
    return out;
  };
  let first = true;
  try {
    for await (const lines of lineBatches(chunks)) {
      for (const line of lines) {
        stats.lines++;
        const text = first ? stripByteOrderMark(line) : line;
        first = false;
        // A line starting with "{" is not blank: trim() only for the others.
        if (text.charCodeAt(0) !== 123 && text.trim() === "") continue;
        let event: StreamEvent | undefined;
        let problem = "";
        let invalidTs = false;
        let time = NaN;
        try {
          const parsed: unknown = JSON.parse(text);
          if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
            problem = "not a JSON object";
          else if (typeof (parsed as StreamEvent).ts !== "string") problem = "no ts";
          else if (typeof (parsed as StreamEvent).type !== "string") problem = "no type";
          else if (Number.isNaN((time = parse((parsed as StreamEvent).ts)))) invalidTs = true;
          else event = parsed as StreamEvent;
          if (invalidTs) {
            const ts = (parsed as StreamEvent).ts;
            problem = msg.badTimestamp(name, stats.lines, ts, timestampProblem(ts) ?? "", zone);
          }
        } catch (error) {
          problem = (error as Error).message;
        }
        if (!event) {
          const message = invalidTs ? problem : msg.malformedLine(name, stats.lines, problem, text);
          if (malformed === "stop") {
            // The events before the bad line reach the consumer first, as one by one they did.
            if (events.length) yield batch();
            throw new StreamError(message, stats.lines);
          }
          if (invalidTs) stats.invalid++;
          else stats.malformed++;
          onWarning?.(message);
          continue;
        }
        stats.events++;
        if (speed !== Infinity) {
          pace.offer(null, time);
          // Until the clock is anchored (its first events), no wait exceeds maxFuture of event time.
          let at = pace.now;
          if (Number.isNaN(at))
            at = Number.isNaN(firstEventMs) ? time : Math.min(time, firstEventMs + pace.maxFuture);
          if (Number.isNaN(firstEventMs) || firstEventMs > at) firstEventMs = at;
          const wait = (at - firstEventMs) / speed - (performance.now() - started);
          if (wait > 1) {
            if (events.length) yield batch();
            await sleep(wait);
          }
        }
        events.push(event);
        times.push(time);
      }
      if (events.length) yield batch();
    }
  } finally {
    if (typeof source === "string") input.destroy();
  }
}
