/**
 * At most `max` rows picked at even steps, always with the first and the last: how a long curve
 * (a point per threshold) is thinned for its hover bands and numbers table.
 * @example evenlySpaced(points, 101) // 1,001 thresholds → every 10th
 */
export function evenlySpaced<T>(rows: readonly T[], max: number): T[] {
  if (rows.length <= max) return [...rows];
  if (max < 2) return rows.slice(0, Math.max(0, max));
  const picked: T[] = [];
  let last = -1;
  for (let k = 0; k < max; k++) {
    const i = Math.round((k * (rows.length - 1)) / (max - 1));
    if (i !== last) picked.push(rows[i]);
    last = i;
  }
  return picked;
}
