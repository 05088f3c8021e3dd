// Every user-facing message of the stream module, in one template: where, what is invalid, the fix.
import type { QuarantineReport } from "./QuarantineReport.js";

const quote = (value: unknown) => {
  const text = typeof value === "string" ? value : (JSON.stringify(value) ?? String(value));
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 79)}…` : text);
};

export const malformedLine = (source: string, line: number, detail: string, text: string) =>
  `${source}, line ${line}: not an event (${detail}): ${quote(text)}; write one JSON object per line with "ts" (ISO 8601) and "type", or pass malformed: "skip" (--on-malformed skip) to count and skip such lines`;

export const badDuration = (option: string, value: unknown) =>
  `${option}: ${quote(value)} is not a duration; write a number and a unit, e.g. 30s, 15m, 1h or 1d`;

export const badWindow = (size: number, slide: number) =>
  `window: the slide (${slide} ms) must be positive and divide the size (${size} ms); e.g. a 24h window sliding by 1h`;

export const badSpeed = (value: unknown) =>
  `speed: ${quote(value)} is not a positive number; pass e.g. 3600 (one hour of events per second) or Infinity for as fast as possible`;

export const sourceNotFound = (path: string) =>
  `${path}: cannot read the event file; check --events (the sample stream is data/events.jsonl, or - for stdin)`;

export const noEvents = (definition?: string) =>
  definition
    ? `${definition}: the dataset has no events table (a JSON Lines path); add tables.events or pass --events <file>`
    : "--events <file> is required (or --dataset <tns.yaml> with an events table); use - to read stdin";

/** A duration in the largest unit that divides it, as parseDuration reads it: 1h, 7d, 70m. */
export const duration = (ms: number) => {
  for (const [unit, size] of [
    ["d", 86_400_000],
    ["h", 3_600_000],
    ["m", 60_000],
    ["s", 1000],
  ] as const)
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
};

export const badClock = (option: string, value: unknown, expected: string) =>
  `${option}: ${quote(value)} is not ${expected}; e.g. maxFuture 1h (--max-future 1h), maxPast 7d (--max-past 7d), confirm 10`;

export const pastWithinWindows = (maxPast: number, window: number, lateness: number) =>
  `maxPast (--max-past): ${duration(maxPast)} is shorter than the window plus the lateness (${duration(window + lateness)}), so events a window still accepts would be quarantined; raise --max-past or lower --lateness`;

export const badTimestamp = (
  source: string,
  line: number,
  ts: string,
  problem: string,
  zone: string,
) =>
  `${source}, line ${line}: ts ${quote(ts)} is not an ISO 8601 timestamp (${problem}); write e.g. 2026-10-29T09:00:00+09:00: a date, T, a time, an optional fraction, then Z, ±hh:mm or nothing for the dataset's zone (${zone}), or pass malformed: "skip" (--on-malformed skip) to count and skip such lines`;

export const badDropLimit = (option: string, value: unknown) =>
  `${option}: ${quote(value)} is not a count or a share of events; write e.g. 0, 25 or 0.5%`;

/** "3 quarantined (1 more than 1h ahead of the stream clock, …; first: …)". */
export const quarantineCounts = (
  report: QuarantineReport,
  clock: { maxFuture: number; maxPast: number },
) => {
  const total = report.future + report.past + report.invalid;
  const first = report.examples[0];
  const example = first
    ? `; first: ${first.kind}, ts ${quote(first.ts)}, ${quote(first.type)}${first.id ? ` ${quote(first.id)}` : ""}`
    : "";
  return `${total} quarantined (${report.future} more than ${duration(clock.maxFuture)} ahead of the stream clock, ${report.past} more than ${duration(clock.maxPast)} behind it, ${report.invalid} without a valid ISO 8601 ts${example})`;
};

export const quarantinedEvents = (
  report: QuarantineReport,
  clock: { maxFuture: number; maxPast: number },
) =>
  `${quarantineCounts(report, clock)}: left out of every window; fix the producer's clock, or raise --max-future / --max-past`;
