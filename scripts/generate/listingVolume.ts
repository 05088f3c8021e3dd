import { cumulativeWeights, type Random } from "./random.js";
import { DAY, HOUR, localWeekday } from "./time.js";
import { timeline, within } from "./timeline.js";

// Sunday … Saturday: people list what they cleared out at the weekend.
const weekdayFactor = [1.3, 0.95, 0.96, 0.98, 1, 1.06, 1.24];
// Hours 0–23 in Seoul: quiet before dawn, busiest in the evening.
const hourWeights = cumulativeWeights([
  3, 2, 1.2, 0.8, 0.6, 0.7, 1.2, 2.2, 3.5, 4.5, 5, 5.2, 5.6, 5.4, 5.2, 5.2, 5.3, 5.5, 6, 6.8, 7.5,
  8, 7.4, 5,
]);

/**
 * Listings per day: weekly seasonality, ~25 % growth over 90 days, a dip over Chuseok and small
 * day-to-day noise, rounded so the counts add up to exactly `rows`.
 * @example dailyListingCounts(rng, 22_000, 90).length; // 90
 */
export function dailyListingCounts(rng: Random, rows: number, days: number): number[] {
  const weights: number[] = [];
  for (let day = 0; day < days; day += 1) {
    const midday = timeline.start + day * DAY + 12 * HOUR;
    const holiday = within(midday, timeline.chuseok) ? 0.8 : 1;
    const growth = 1 + 0.25 * (day / 90);
    weights.push(growth * weekdayFactor[localWeekday(midday)] * holiday * rng.lognormal(1, 0.05));
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const counts: number[] = [];
  let running = 0;
  let assigned = 0;
  for (const weight of weights) {
    running += (weight / total) * rows;
    const upTo = Math.round(running);
    counts.push(upTo - assigned);
    assigned = upTo;
  }
  return counts;
}

/**
 * Sorted creation times (epoch ms, whole seconds) of `count` listings on the day starting at
 * `dayStart`, following the hourly profile.
 * @example listingTimes(rng, timeline.start, 3); // three ascending timestamps on 2026-08-01
 */
export function listingTimes(rng: Random, dayStart: number, count: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const hour = rng.index(hourWeights);
    times.push(dayStart + hour * HOUR + rng.int(0, 3599) * 1000);
  }
  return times.sort((a, b) => a - b);
}
