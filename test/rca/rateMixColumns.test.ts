import { describe, expect, it } from "vitest";
import { leafCube } from "../../lib/rca/leafCube.js";
import { ratioDecomposition } from "../../lib/rca/ratioDecomposition.js";
import { rateMixColumns } from "../../lib/rca/rateMixColumns.js";
import { tableCells } from "../../lib/report/tableCells.js";
import type { TableColumnSpec } from "../../lib/view/TableColumn.js";
import type { RateMixSegment } from "../../lib/rca/ratioDecomposition.js";

// The hand-checked example of ratioDecomposition.test.ts: A 8/10 → 4/10, B 1/10 → 3/30.
const rows = [
  { period: "baseline", queue: "A", hit: 8, n: 10 },
  { period: "baseline", queue: "B", hit: 1, n: 10 },
  { period: "current", queue: "A", hit: 4, n: 10 },
  { period: "current", queue: "B", hit: 3, n: 30 },
];

describe("rateMixColumns", () => {
  it("rateMixColumns shows n and rates per period and the effects in signed percentage points", () => {
    const cube = leafCube(rows, {
      dims: ["queue"],
      numerator: "hit",
      denominator: "n",
      period: (r) => r.period as "baseline" | "current",
    });
    const segments = ratioDecomposition(cube, "queue").segments;
    const columns = rateMixColumns("queue").map((c) =>
      typeof c === "string" ? { name: c } : c,
    ) as TableColumnSpec<RateMixSegment>[];
    const a = tableCells(segments, columns, false).shown.find((r) => r[0] === "A")!;
    // A: baseline share 0.5, rate 0.8 → 0.4; share 0.5 → 0.25; overall baseline rate 0.45.
    // rate = 0.5 × −0.4 = −20.0 pp; mix = −0.25 × (0.8 − 0.45) = −8.75 pp; interaction = −0.25 × −0.4 = +10.0 pp.
    expect(a).toEqual([
      "A",
      "both",
      "10",
      "10",
      "80.0%",
      "40.0%",
      "−20.0 pp",
      "−8.8 pp",
      "+10.0 pp",
    ]);
    expect(columns[0].label).toBe("queue");
  });
});
