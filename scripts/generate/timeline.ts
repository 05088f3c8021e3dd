import { DAY, HOUR, seoulMidnight } from "./time.js";

const start = seoulMidnight(2026, 8, 1);

/**
 * Fixed dates of the sample period and of every injected incident, in epoch milliseconds (Asia/Seoul).
 * Incidents sit at fixed dates, so a longer --days run keeps them in its first 90 days and a shorter
 * one drops those that fall outside it.
 * @example timeline.evasionWave.start; // 2026-09-15T00:00:00+09:00
 */
export const timeline = {
  start,
  shadowScoring: { start: seoulMidnight(2026, 8, 28), end: seoulMidnight(2026, 8, 31) + 10 * HOUR },
  v4Rollout: seoulMidnight(2026, 8, 31) + 10 * HOUR,
  evasionWave: { start: seoulMidnight(2026, 9, 15), end: seoulMidnight(2026, 9, 30) },
  contactPhoneBroken: {
    start: seoulMidnight(2026, 10, 10) + 10 * HOUR + 12 * 60_000,
    end: seoulMidnight(2026, 10, 13) + 15 * HOUR + 40 * 60_000,
  },
  reviewFeedGap: { start: seoulMidnight(2026, 10, 20), end: seoulMidnight(2026, 10, 21) },
  duplicatedEvents: {
    start: seoulMidnight(2026, 10, 24) + 13 * HOUR,
    end: seoulMidnight(2026, 10, 24) + 15 * HOUR,
  },
  chuseok: { start: seoulMidnight(2026, 9, 24), end: seoulMidnight(2026, 9, 27) },
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
