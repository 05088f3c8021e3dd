import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import type { Readable } from "node:stream";
import { StreamError } from "./StreamError.js";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";
import type { StreamEvent } from "./StreamEvent.js";
import * as msg from "./messages.js";

/** Counts kept while reading; pass an object to read them during and after the stream. */
export interface JsonlStats {
  lines: number;
  events: number;
  malformed: number;
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
}

/**
 * The events of a JSON Lines source (a file path, or a readable stream such as process.stdin) as
 * an AsyncIterable, read line by line in bounded memory, optionally replayed at `speed`× event
 * time. A line that is not a JSON object with a string `ts` and `type` stops the stream with the
 * line number, or is skipped and counted (`malformed: "skip"`). Blank lines are ignored.
 * @example for await (const event of jsonlEvents("data/events.jsonl", { speed: 3600 })) console.log(event.type);
 */
export async function* jsonlEvents(
  source: string | Readable,
  options: JsonlEventsOptions = {},
): AsyncGenerator<StreamEvent> {
  const { malformed = "stop", speed = Infinity, onWarning } = options;
  if (!(speed > 0)) throw new StreamError(msg.badSpeed(speed));
  const stats = options.stats ?? { lines: 0, events: 0, malformed: 0 };
  const name = options.name ?? (typeof source === "string" ? source : "stdin");
  if (typeof source === "string") {
    try {
      await access(source);
    } catch {
      throw new StreamError(msg.sourceNotFound(source));
    }
  }
  const input =
    typeof source === "string" ? createReadStream(source, { encoding: "utf8" }) : source;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let firstEventMs = NaN;
  const started = performance.now();
  try {
    let first = true;
    for await (const line of lines) {
      stats.lines++;
      const text = first ? stripByteOrderMark(line) : line;
      first = false;
      if (text.trim() === "") continue;
      let event: StreamEvent | undefined;
      let problem = "";
      try {
        const parsed: unknown = JSON.parse(text);
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
          problem = "not a JSON object";
        else if (
          typeof (parsed as StreamEvent).ts !== "string" ||
          Number.isNaN(Date.parse((parsed as StreamEvent).ts))
        )
          problem = "no valid ts";
        else if (typeof (parsed as StreamEvent).type !== "string") problem = "no type";
        else event = parsed as StreamEvent;
      } catch (error) {
        problem = (error as Error).message;
      }
      if (!event) {
        const message = msg.malformedLine(name, stats.lines, problem, text);
        if (malformed === "stop") throw new StreamError(message, stats.lines);
        stats.malformed++;
        onWarning?.(message);
        continue;
      }
      stats.events++;
      if (speed !== Infinity) {
        const t = Date.parse(event.ts);
        if (Number.isNaN(firstEventMs)) firstEventMs = t;
        const wait = (t - firstEventMs) / speed - (performance.now() - started);
        if (wait > 1) await sleep(wait);
      }
      yield event;
    }
  } finally {
    lines.close();
    if (typeof source === "string") input.destroy();
  }
}
