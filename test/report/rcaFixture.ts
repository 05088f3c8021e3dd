import { leafCube } from "../../lib/rca/leafCube.js";
import { ratioDecomposition } from "../../lib/rca/ratioDecomposition.js";

// The hand-checked example of ratioDecomposition.test.ts: A 8/10 → 4/10, B 1/10 → 3/30.
const rows = [
  { period: "baseline", queue: "A", hit: 8, n: 10 },
  { period: "baseline", queue: "B", hit: 1, n: 10 },
  { period: "current", queue: "A", hit: 4, n: 10 },
  { period: "current", queue: "B", hit: 3, n: 30 },
];

/** The queue decomposition of that example: A first (total −18.75 pp), then B. */
export function queueDecomposition() {
  const cube = leafCube(rows, {
    dims: ["queue"],
    numerator: "hit",
    denominator: "n",
    period: (r) => r.period as "baseline" | "current",
  });
  return ratioDecomposition(cube, "queue");
}
