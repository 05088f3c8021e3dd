import { wallClockToUtc } from "./wallClockToUtc.js";
import { checkZone } from "./checkZone.js";
import { scanIsoTimestamp, type TimestampScan } from "./scanIsoTimestamp.js";
import { DEFAULT_ZONE } from "./defaultZone.js";

/**
 * A strict ISO 8601 parser for event times: `YYYY-MM-DDThh:mm:ss`, an optional fraction (kept to
 * the millisecond), then `Z`, `±hh:mm` or nothing — a time without an offset is wall-clock time in
 * `zone` (the dataset's zone). It returns epoch ms, or NaN for anything else ("1", "5/6/2026",
 * "2026-13-45T00:00:00", "2026-10-29 09:00", "+0900"); {@link timestampProblem} says why. A
 * hand-written scanner: linear in the text, no allocation per call. Throws a TnsError naming
 * `option` when the zone is not an IANA name.
 * @example strictTimestampParser(DEFAULT_ZONE)("2026-10-29T09:00:00") // Date.UTC(2026, 9, 29, 0, 0, 0)
 */
export function strictTimestampParser(
  zone = DEFAULT_ZONE,
  option = "zone",
): (text: string) => number {
  const toUtc = wallClockToUtc(checkZone(zone, option))!;
  const scan: TimestampScan = { offset: 0, problem: "" };
  return (text) => {
    // Events come from JSON: a ts may be a number or missing whatever the type says.
    if (typeof text !== "string") return NaN;
    const wall = scanIsoTimestamp(text, scan);
    if (!Number.isNaN(scan.offset)) return wall - scan.offset * 60_000;
    return Number.isNaN(wall) ? NaN : toUtc(wall);
  };
}
