import type { LeafCube } from "./leafCube.js";
import type { KpiChange } from "./RcaResult.js";

/**
 * The KPI's baseline, current value and change for a non-empty cube. For a ratio the baseline is
 * scaled to the current denominator (the ratio itself does not change); an additive baseline is
 * multiplied by `baselineScale` (default 1).
 * @example kpiChange(cube).change // -0.31
 */
export function kpiChange(cube: LeafCube, baselineScale = 1): KpiChange {
  const { baseline: B, current: C } = cube.totals;
  const ratio = cube.kind === "ratio";
  const scale = ratio ? C.denominator / B.denominator : baselineScale;
  const baseline = ratio ? B.numerator / B.denominator : B.numerator * scale;
  const current = ratio ? C.numerator / C.denominator : C.numerator;
  return {
    kind: cube.kind,
    baseline,
    current,
    change: current - baseline,
    baselineScale: scale,
    numerator: cube.names.numerator,
    denominator: cube.names.denominator,
  };
}
