import { DAY, HOUR, localMidnight } from "./time.js";

const start = localMidnight(2026, 8, 1);

/**
 * Fixed dates of the sample period and of every injected incident, in epoch milliseconds (the default zone).
 * Incidents sit at fixed dates, so a longer --days run keeps them in its first 90 days and a shorter
 * one drops those that fall outside it.
 * @example timeline.evasionWave.start; // 2026-09-15T00:00:00+09:00
 */
export const timeline = {
  start,
  shadowScoring: { start: localMidnight(2026, 8, 28), end: localMidnight(2026, 8, 31) + 10 * HOUR },
  v4Rollout: localMidnight(2026, 8, 31) + 10 * HOUR,
  evasionWave: { start: localMidnight(2026, 9, 15), end: localMidnight(2026, 9, 30) },
  contactPhoneBroken: {
    start: localMidnight(2026, 10, 10) + 10 * HOUR + 12 * 60_000,
    end: localMidnight(2026, 10, 13) + 15 * HOUR + 40 * 60_000,
  },
  reviewFeedGap: { start: localMidnight(2026, 10, 20), end: localMidnight(2026, 10, 21) },
  duplicatedEvents: {
    start: localMidnight(2026, 10, 24) + 13 * HOUR,
    end: localMidnight(2026, 10, 24) + 15 * HOUR,
  },
  chuseok: { start: localMidnight(2026, 9, 24), end: localMidnight(2026, 9, 27) },
} as const;

/**
 * Whether epoch milliseconds fall in a half-open window [start, end).
 * @example within(timeline.start, timeline.evasionWave); // false
 */
export function within(ms: number, window: { start: number; end: number }): boolean {
  return ms >= window.start && ms < window.end;
}

/**
 * Epoch milliseconds of the exclusive end of a period of `days` days from the sample start.
 * @example periodEnd(90); // 2026-10-30T00:00:00+09:00
 */
export function periodEnd(days: number): number {
  return start + days * DAY;
}
