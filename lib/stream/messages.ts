// Every user-facing message of the stream module, in one template: where, what is invalid, the fix.

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
