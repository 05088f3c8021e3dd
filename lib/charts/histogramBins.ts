import { invalidDomain, invalidThresholds } from "./messages.js";

/** One histogram bin: values in [x0, x1) (the last bin also holds x1) and how many there are. */
export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

/** Options of `histogramBins`. */
export interface HistogramBinsOptions {
  /** Bin count (edges at round numbers, about this many bins) or explicit ascending edges; default Sturges' rule. */
  thresholds?: number | readonly number[];
  /** Range to bin, [min, max]; values outside are left out; default the extent of the values. */
  domain?: readonly [number, number];
}

const SQRT50 = Math.sqrt(50);
const SQRT10 = Math.sqrt(10);
const SQRT2 = Math.sqrt(2);

// d3-array's tickIncrement: a 1-2-5 step; negative -k means a step of 1/k, which keeps edges exact.
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(1, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= SQRT50 ? 10 : error >= SQRT10 ? 5 : error >= SQRT2 ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : -(10 ** -power) / factor;
}

function niceEdges(min: number, max: number, count: number, clamp: boolean): number[] {
  const increment = tickIncrement(min, max, count);
  const edge = (k: number) => (increment > 0 ? k * increment : k / -increment);
  const scale = increment > 0 ? 1 / increment : -increment;
  const first = Math.floor(min * scale);
  const last = Math.ceil(max * scale);
  const edges: number[] = [];
  for (let k = first; k <= last; k++) edges.push(edge(k));
  if (clamp) {
    // An explicit domain bounds the bins even when it does not fall on round numbers.
    edges[0] = min;
    edges[edges.length - 1] = max;
  }
  return edges;
}

// A loop, not Math.min(...values), which overflows the stack on millions of scores.
function extent(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}

function checkedEdges(thresholds: readonly number[]): number[] {
  const ascending = thresholds.every(
    (t, i) => Number.isFinite(t) && (i === 0 || t > thresholds[i - 1]),
  );
  if (thresholds.length < 2 || !ascending)
    throw new Error(invalidThresholds("histogramBins", thresholds));
  return [...thresholds];
}

/**
 * Counts of finite values per bin; null, undefined, NaN and out-of-domain values are left out.
 *
 * Options: `thresholds` (default Sturges' rule, ⌈log2 n⌉ + 1 bins at round edges) and `domain`
 * (default the values' extent, widened by ±0.5 when all values are equal). No values → no bins.
 * @example histogramBins([0.1, 0.2, 0.95], { thresholds: 2, domain: [0, 1] }) // [{x0: 0, x1: 0.5, count: 2}, {x0: 0.5, x1: 1, count: 1}]
 */
export function histogramBins(
  values: Iterable<number | null | undefined>,
  options: HistogramBinsOptions = {},
): HistogramBin[] {
  const finite: number[] = [];
  for (const value of values)
    if (typeof value === "number" && Number.isFinite(value)) finite.push(value);
  const { thresholds, domain } = options;
  if (
    domain !== undefined &&
    !(Number.isFinite(domain[0]) && Number.isFinite(domain[1]) && domain[0] < domain[1])
  ) {
    throw new Error(invalidDomain("histogramBins", domain));
  }
  if (typeof thresholds === "number" && !(Number.isInteger(thresholds) && thresholds >= 1)) {
    throw new Error(invalidThresholds("histogramBins", thresholds));
  }
  let edges: number[];
  if (Array.isArray(thresholds)) {
    edges = checkedEdges(thresholds as readonly number[]);
  } else {
    if (finite.length === 0 && domain === undefined) return [];
    let [min, max] = domain ?? extent(finite);
    if (min === max) [min, max] = [min - 0.5, max + 0.5];
    const count =
      (thresholds as number | undefined) ?? Math.ceil(Math.log2(Math.max(1, finite.length))) + 1;
    edges = niceEdges(min, max, count, domain !== undefined);
  }
  const bins = edges.slice(1).map((x1, i) => ({ x0: edges[i], x1, count: 0 }));
  const lastEdge = edges[edges.length - 1];
  for (const value of finite) {
    if (value < edges[0] || value > lastEdge) continue;
    if (domain !== undefined && (value < domain[0] || value > domain[1])) continue;
    let lo = 0;
    let hi = bins.length - 1;
    // Binary search for the last bin whose x0 <= value.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bins[mid].x0 <= value) lo = mid;
      else hi = mid - 1;
    }
    bins[lo].count++;
  }
  return bins;
}
