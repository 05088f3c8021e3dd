/**
 * Whether text is a calendar day written YYYY-MM-DD that exists (2026-02-29 and 2026-13-45 do not).
 * @example isCalendarDay("2026-10-29") // true
 */
export function isCalendarDay(text: unknown): text is string {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
