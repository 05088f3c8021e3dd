// The strict ISO 8601 scanner behind strictTimestampParser and timestampProblem: one pass over the
// characters, no regex, no allocation on success.
import { daysInMonth } from "./daysInMonth.js";

/** What the scan found besides the wall-clock time: the offset, or why the text was rejected. */
export interface TimestampScan {
  /** Offset east of UTC in minutes; NaN when the text has none (a wall-clock time). */
  offset: number;
  /** Why the last text was rejected; "" when it was accepted. */
  problem: string;
}

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

const two = (text: string, i: number): number => {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil); Date.UTC
// would read years 0–99 as 1900–1999.
const daysFromCivil = (year: number, month: number, day: number) => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

const fail = (scan: TimestampScan, problem: string) => {
  scan.problem = problem;
  return NaN;
};

/**
 * Reads `YYYY-MM-DDThh:mm:ss[.fraction][Z|±hh:mm]` and returns its wall-clock time in ms (as if
 * it were UTC), NaN when the text is anything else; `scan` receives the offset or the problem.
 */
export function scanIsoTimestamp(text: string, scan: TimestampScan): number {
  scan.problem = "";
  scan.offset = NaN;
  const n = text.length;
  // charCodeAt past the end is NaN, which digit() rejects: no length checks needed.
  const century = two(text, 0);
  const year = century < 0 || two(text, 2) < 0 ? -1 : century * 100 + two(text, 2);
  const month = text[4] === "-" ? two(text, 5) : -1;
  const day = text[7] === "-" ? two(text, 8) : -1;
  if (year < 0 || month < 0 || day < 0) return fail(scan, "expected a date YYYY-MM-DD first");
  if (month < 1 || month > 12) return fail(scan, `month ${text.slice(5, 7)} does not exist`);
  if (day < 1 || day > daysInMonth(year, month))
    return fail(scan, `day ${text.slice(8, 10)} does not exist in ${text.slice(0, 7)}`);
  const hour = text[10] === "T" ? two(text, 11) : -1;
  const minute = text[13] === ":" ? two(text, 14) : -1;
  const second = text[16] === ":" ? two(text, 17) : -1;
  if (hour < 0 || minute < 0 || second < 0)
    return fail(scan, "expected T and a time hh:mm:ss after the date");
  if (hour > 23 || minute > 59 || second > 59)
    return fail(scan, `time ${text.slice(11, 19)} does not exist`);
  let i = 19;
  let ms = 0;
  if (text[i] === ".") {
    const start = ++i;
    // Digits past milliseconds are read and dropped (truncated, like the batch loaders).
    for (let scale = 100, d = digit(text, i); d >= 0; d = digit(text, ++i)) {
      ms += d * scale;
      scale = (scale / 10) | 0;
    }
    if (i === start) return fail(scan, "expected digits after the decimal point");
  }
  if (i < n) {
    const sign = text[i] === "+" ? 1 : text[i] === "-" ? -1 : 0;
    if (text[i] === "Z" && i + 1 === n) scan.offset = 0;
    else if (sign === 0) return fail(scan, "after the time expected Z, ±hh:mm or nothing");
    else {
      const oh = two(text, i + 1);
      const om = text[i + 3] === ":" ? two(text, i + 4) : -1;
      if (oh < 0 || om < 0 || i + 6 !== n) return fail(scan, "the offset must be Z or ±hh:mm");
      if (oh > 23 || om > 59) return fail(scan, `offset ${text.slice(i)} does not exist`);
      scan.offset = sign * (oh * 60 + om);
    }
  }
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    ms
  );
}
