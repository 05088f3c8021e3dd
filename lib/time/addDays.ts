const dayMs = 86_400_000;

/**
 * The calendar day `n` days after a `YYYY-MM-DD` day (before it when `n` is negative): calendar
 * arithmetic, no zone involved.
 * @example addDays("2026-10-30", 3) // "2026-11-02"
 */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
}
