import { addDays } from "../time/addDays.js";

/** A Monday–Sunday week as `YYYY-MM-DD` days, and the Monday of the week before it. */
export interface CompleteWeek {
  /** Monday. */
  start: string;
  /** Sunday. */
  end: string;
  /** The Monday of the week before. */
  previous: string;
}

/**
 * The last complete Monday–Sunday week ending on or before a day (calendar arithmetic on
 * `YYYY-MM-DD`, no zone involved): "this week" of a weekly report dated that day.
 * @example lastCompleteWeek("2026-10-29") // { start: "2026-10-19", end: "2026-10-25", previous: "2026-10-12" }
 */
export function lastCompleteWeek(day: string): CompleteWeek {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const end = addDays(day, -weekday);
  const start = addDays(end, -6);
  return { start, end, previous: addDays(start, -7) };
}
