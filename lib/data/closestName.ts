/** Options for {@link closestName}. */
export interface ClosestNameOptions {
  /** Largest edit distance still offered as a suggestion (default 2). */
  maxDistance?: number;
}

/**
 * The candidate closest to `name` for a "did you mean" hint, or undefined when none is close.
 * Case, spaces, hyphens and underscores are ignored before counting edits (Levenshtein distance).
 * @example closestName("price", ["price_krw", "views"], { maxDistance: 4 }) // "price_krw"
 */
export function closestName(
  name: string,
  candidates: readonly string[],
  options: ClosestNameOptions = {},
): string | undefined {
  const { maxDistance = 2 } = options;
  const target = fold(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance = editDistance(target, fold(candidate));
    // Ties keep the earlier candidate, so the hint follows header order.
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= maxDistance ? best : undefined;
}

function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]+/g, "");
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
