const dayMs = 86_400_000;

/**
 * How many calendar days run from `first` to `last` (`YYYY-MM-DD`), both included.
 * @example dayCount("2026-10-01", "2026-10-07") // 7
 */
export function dayCount(first: string, last: string): number {
  return (
    Math.round((Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / dayMs) + 1
  );
}
