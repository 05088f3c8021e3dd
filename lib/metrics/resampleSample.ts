import { randomBinomial } from "d3-random";
import type { LabelledSample } from "./LabelledSample.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/**
 * One bootstrap replicate of a labelled sample: within each stratum, as many rows as it holds,
 * drawn with replacement (a multinomial over its score × label cells). `random` is a seeded
 * source of uniforms in [0, 1), e.g. d3-random's `randomLcg(seed)`.
 * @example resampleSample(sample, randomLcg(42))
 */
export function resampleSample(sample: LabelledSample, random: () => number): LabelledSample {
  return {
    ...sample,
    strata: sample.strata.map((s) => ({ ...s, counts: resampleCounts(s.counts, random) })),
  };
}

function resampleCounts(counts: ScoreCounts, random: () => number): ScoreCounts {
  const cells = counts.scores.length * 2;
  const mass = new Float64Array(cells);
  let total = 0;
  for (let i = 0; i < counts.scores.length; i++) {
    mass[2 * i] = counts.positives[i];
    mass[2 * i + 1] = counts.negatives[i];
    total += counts.positives[i] + counts.negatives[i];
  }
  const n = Math.round(total);
  const drawn =
    n <= cells * 8 ? drawRows(mass, total, n, random) : drawBinomials(mass, total, n, random);
  return {
    ...counts,
    positives: counts.positives.map((_, i) => drawn[2 * i]),
    negatives: counts.negatives.map((_, i) => drawn[2 * i + 1]),
  };
}

// Few rows: draw each row's cell by binary search in the cumulative counts.
function drawRows(
  mass: Float64Array,
  total: number,
  n: number,
  random: () => number,
): Float64Array {
  const cumulative = new Float64Array(mass.length);
  let sum = 0;
  mass.forEach((m, i) => (cumulative[i] = sum += m));
  const drawn = new Float64Array(mass.length);
  for (let r = 0; r < n; r++) {
    const u = random() * total;
    let lo = 0;
    let hi = mass.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    drawn[lo]++;
  }
  return drawn;
}

// Many rows per cell: the multinomial as a chain of conditional binomials.
function drawBinomials(
  mass: Float64Array,
  total: number,
  n: number,
  random: () => number,
): Float64Array {
  const binomial = randomBinomial.source(random);
  const drawn = new Float64Array(mass.length);
  let left = n;
  let rest = total;
  for (let i = 0; i < mass.length && left > 0; i++) {
    if (mass[i] === 0) continue;
    const k = mass[i] >= rest ? left : binomial(left, mass[i] / rest)();
    drawn[i] = k;
    left -= k;
    rest -= mass[i];
  }
  return drawn;
}
