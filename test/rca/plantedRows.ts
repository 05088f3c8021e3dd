// Seeded synthetic rows with planted causes, for the search tests and the benchmark's shape.
import type { Segment } from "../../lib/rca/Segment.js";

/** A small seeded PRNG (mulberry32): the same seed gives the same rows on every machine. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface PlantedOptions {
  seed: number;
  /** Values per dimension, e.g. { region: 6, device: 4 }. */
  sizes: Record<string, number>;
  /** Additive: factor on the current count inside each segment. */
  lifts?: { segment: Segment; factor: number }[];
  /** Ratio: current rate inside each segment (elsewhere the leaf's baseline rate). */
  rates?: { segment: Segment; rate: number }[];
}

export interface PlantedRow extends Record<string, unknown> {
  period: "baseline" | "current";
  count: number;
  hits: number;
  trials: number;
}

const inside = (row: Record<string, unknown>, segment: Segment) =>
  Object.entries(segment).every(([d, v]) => row[d] === v);

/**
 * One row per leaf and period. Counts are 20–120 with ±10 % noise; ratio leaves have 40–200 trials
 * and a leaf rate of 0.6–0.9 in both periods unless a planted segment sets the current rate.
 */
export function plantedRows(options: PlantedOptions): PlantedRow[] {
  const random = mulberry32(options.seed);
  const dims = Object.entries(options.sizes);
  const leaves: Record<string, string>[] = [{}];
  for (const [dim, size] of dims) {
    const next: Record<string, string>[] = [];
    for (const leaf of leaves)
      for (let v = 0; v < size; v++) next.push({ ...leaf, [dim]: `${dim}${v}` });
    leaves.splice(0, leaves.length, ...next);
  }
  const binomial = (n: number, p: number) => {
    let k = 0;
    for (let i = 0; i < n; i++) if (random() < p) k++;
    return k;
  };
  return leaves.flatMap((leaf) => {
    const level = 20 + random() * 100;
    const rate = 0.6 + random() * 0.3;
    const trials = 40 + Math.floor(random() * 160);
    const lift = options.lifts?.find((l) => inside(leaf, l.segment))?.factor ?? 1;
    const planted = options.rates?.find((r) => inside(leaf, r.segment))?.rate ?? rate;
    const noise = () => 0.9 + random() * 0.2;
    return [
      {
        ...leaf,
        period: "baseline" as const,
        count: Math.round(level * noise()),
        hits: binomial(trials, rate),
        trials,
      },
      {
        ...leaf,
        period: "current" as const,
        count: Math.round(level * lift * noise()),
        hits: binomial(trials, planted),
        trials,
      },
    ];
  });
}
