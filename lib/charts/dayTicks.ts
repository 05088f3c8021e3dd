const day = 86_400_000;

/**
 * Tick days for a time axis of whole days whose labels are about `labelWidth` px wide: every day,
 * 2nd day, week, fortnight or 4 weeks from `first`, whichever is the finest that fits `width`.
 * For languages whose day labels ("10월 25일") are wider than Plot's own two-line ticks.
 * @example dayTicks(new Date("2026-08-01"), new Date("2026-10-29"), 540, 70).length // 7
 */
export function dayTicks(first: Date, last: Date, width: number, labelWidth: number): Date[] {
  const days = Math.round((last.getTime() - first.getTime()) / day);
  const room = Math.max(2, Math.floor(width / labelWidth));
  const step =
    [1, 2, 7, 14, 28].find((s) => Math.floor(days / s) + 1 <= room) ?? Math.ceil(days / (room - 1));
  return Array.from(
    { length: Math.floor(days / step) + 1 },
    (_, i) => new Date(first.getTime() + i * step * day),
  );
}
