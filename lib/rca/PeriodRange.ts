import { RcaError } from "./RcaError.js";
import * as msg from "./messages.js";
import { parseTimeValue } from "../time/parseTimeValue.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** A half-open time range [from, to) in epoch milliseconds, with the text it was written as. */
export interface PeriodRange {
  from: number;
  to: number;
  label: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * Parses `<from>..<to>` into a {@link PeriodRange}. Ends may be ISO dates, ISO timestamps or epoch
 * seconds. A bare date as the end includes that whole day (2026-09-01..2026-09-14 is two weeks);
 * a timestamp or epoch end is excluded. Dates and naive timestamps are read in `zone` (default
 * `DEFAULT_ZONE`). Throws {@link RcaError} naming `option` when the text is not a range.
 * @example parsePeriodRange("2026-09-15..2026-09-29", "current")
 */
export function parsePeriodRange(
  text: string | PeriodRange,
  option = "range",
  zone = DEFAULT_ZONE,
): PeriodRange {
  if (typeof text === "object" && text !== null) {
    if (!(Number.isFinite(text.from) && Number.isFinite(text.to)))
      throw new RcaError(msg.badRange(option, text));
    if (text.to <= text.from) throw new RcaError(msg.emptyRange(option, text.label));
    return text;
  }
  if (typeof text !== "string") throw new RcaError(msg.badRange(option, text));
  const parts = text.split("..");
  if (parts.length !== 2) throw new RcaError(msg.badRange(option, text));
  const parse = parseTimeValue(zone);
  const [start, end] = parts.map((p) => p.trim());
  const from = parse(start);
  let to = parse(end);
  if (DATE_ONLY.test(end)) to += DAY_MS;
  if (!Number.isFinite(from) || !Number.isFinite(to))
    throw new RcaError(msg.badRange(option, text));
  if (to <= from) throw new RcaError(msg.emptyRange(option, text));
  return { from, to, label: text.trim() };
}
