import { tableRows } from "../table/tableRows.js";
import { additiveContributions, type AdditiveContributions } from "./additiveContributions.js";
import { leafCube } from "./leafCube.js";
import type { LeafCubeOptions } from "./LeafCubeOptions.js";
import { matchesSegment } from "./matchesSegment.js";
import { ratioDecomposition, type RatioDecomposition } from "./ratioDecomposition.js";
import type { Segment } from "./Segment.js";

/**
 * Options for {@link drillDown}: those of `leafCube` without `dims`, plus
 * - `segment`: where to look (default `{}`, everyone);
 * - `by`: the column to break the KPI down by inside the segment (a rule, model, reviewer …);
 * - `baselineScale`: additive KPIs: factor on the baseline; default 1.
 */
export interface DrillDownOptions<Row> extends Omit<LeafCubeOptions<Row>, "dims"> {
  segment?: Segment;
  by: string;
  baselineScale?: number;
}

/** The breakdown inside the segment, or why there is none. */
export interface DrillDown {
  segment: Segment;
  by: string;
  ratio?: RatioDecomposition;
  additive?: AdditiveContributions;
  empty?: string;
}

/**
 * One step down from a KPI or a segment: the KPI's change inside `segment`, broken down by `by`
 * (rate/mix/interaction for ratios, contributions for sums), largest effect first. Chain it: KPI →
 * segment (from a search) → rule or model (`by: "detector"`) → examples (`segmentExamples`).
 * @example drillDown(flags, { segment: { queue: "contact" }, by: "detector", numerator: "hit", denominator: () => 1, time: "flagged_at", baseline, current })
 */
export function drillDown<Row extends object>(
  data: readonly Row[] | { objects(): object[] },
  options: DrillDownOptions<Row>,
): DrillDown {
  const { segment = {}, by, baselineScale = 1, ...cubeOptions } = options;
  // A table's objects() is typed object[]; its rows are the Row the options were written for.
  const rows = tableRows<object>(data, "drillDown") as readonly Row[];
  const cube = leafCube(rows.filter(matchesSegment(segment)), {
    ...cubeOptions,
    dims: [by],
    maxCardinality: Infinity,
  });
  if (cube.empty) return { segment, by, empty: [...cube.warnings, cube.empty].join("; ") };
  return cube.kind === "ratio"
    ? { segment, by, ratio: ratioDecomposition(cube, by) }
    : { segment, by, additive: additiveContributions(cube, by, baselineScale) };
}
