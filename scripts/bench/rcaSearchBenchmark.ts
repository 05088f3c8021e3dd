import { adtributor } from "../../lib/rca/adtributor.js";
import { leafCube } from "../../lib/rca/leafCube.js";
import type { RcaResult } from "../../lib/rca/RcaResult.js";
import { rippleSearch } from "../../lib/rca/rippleSearch.js";
import type { Benchmark } from "./Benchmark.js";
import { randomLcg } from "d3-random";

const SIZES = { region: 10, device: 20, channel: 25, brand: 40, seller: 50 };
const LEAVES = 100_000;
const PLANTED = { channel: "channel7", brand: "brand3" };

interface LeafRow {
  region: string;
  device: string;
  channel: string;
  brand: string;
  seller: string;
  period: "baseline" | "current";
  count: number;
}

let rows: LeafRow[] = [];

// Seeded so every run sees the same data (d3-random's LCG, as the data generator uses).
const random = (seed: number): (() => number) => randomLcg(seed);

const cube = () =>
  leafCube(rows, {
    dims: Object.keys(SIZES),
    measure: "count",
    period: (r: LeafRow) => r.period,
  });

/**
 * Root-cause search over 5 dimensions (10–50 values each) and 100k distinct leaf segments (200k
 * rows: each leaf in a baseline and a current period, ±10 % noise, a planted ×2.5 rise in
 * channel7 × brand3). The kit's exhaustive ripple search (every segment of every cuboid up to depth
 * 3 scored, then re-scored after each pick) against Adtributor on the same cube (one dimension at
 * a time, the published method). Both times include building the leaf cube from the rows.
 */
export const rcaSearchBenchmark: Benchmark = {
  name: "rca-search",
  description:
    "100k leaves × 5 dims (10–50 values): ripple search (depth ≤ 3, exhaustive) vs Adtributor (depth 1), cube building included",
  setup() {
    const next = random(42);
    const seen = new Set<string>();
    const entries = Object.entries(SIZES);
    rows = [];
    while (seen.size < LEAVES) {
      const leaf = Object.fromEntries(
        entries.map(([d, n]) => [d, `${d}${Math.floor(next() * n)}`]),
      );
      const key = Object.values(leaf).join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      const level = 5 + next() * 50;
      const lift = leaf.channel === PLANTED.channel && leaf.brand === PLANTED.brand ? 2.5 : 1;
      const noise = () => 0.9 + next() * 0.2;
      rows.push({
        ...(leaf as Omit<LeafRow, "period" | "count">),
        period: "baseline",
        count: Math.round(level * noise()),
      });
      rows.push({
        ...(leaf as Omit<LeafRow, "period" | "count">),
        period: "current",
        count: Math.round(level * lift * noise()),
      });
    }
  },
  kit: () => rippleSearch(cube(), { maxDepth: 3 }),
  baseline: () => adtributor(cube()),
  check(kit, baseline) {
    const k = kit as RcaResult;
    const b = baseline as RcaResult;
    const show = (r: RcaResult) =>
      r.causes
        .slice(0, 2)
        .map((c) => JSON.stringify(c.segment))
        .join(", ") || "(none)";
    console.log(
      `  ripple:     ${k.candidates.toLocaleString("en-US")} candidates scored; top causes ${show(k)}`,
    );
    console.log(
      `  adtributor: ${b.candidates.toLocaleString("en-US")} candidates scored; top causes ${show(b)}`,
    );
    const top = k.causes[0]?.segment;
    if (JSON.stringify(top) !== JSON.stringify(PLANTED))
      throw new Error(
        `rca-search: ripple search missed the planted cause ${JSON.stringify(PLANTED)}; got ${JSON.stringify(top)}`,
      );
  },
};
