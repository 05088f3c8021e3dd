import { causeEvidence } from "./causeEvidence.js";
import { dimensionSums } from "./dimensionSums.js";
import { kpiChange } from "./kpiChange.js";
import type { LeafCube } from "./leafCube.js";
import * as msg from "./messages.js";
import type { RcaCause } from "./RcaCause.js";
import type { RcaResult } from "./RcaResult.js";
import { RcaError } from "./RcaError.js";

/**
 * Options for {@link adtributor} (defaults are the paper's).
 * - `teep`: minimum explanatory power of an element to join a candidate set; default 0.1.
 * - `tep`: explanatory power a dimension's set must exceed; default 0.67.
 * - `k`: number of dimensions (explanatory sets) returned; default 3.
 * - `baselineScale`: additive KPIs: factor on the baseline (forecast); default 1.
 */
export interface AdtributorOptions {
  teep?: number;
  tep?: number;
  k?: number;
  baselineScale?: number;
}

/**
 * Adtributor (Bhagwan et al., "Adtributor: Revenue Debugging in Advertising Systems", NSDI 2014),
 * with the baseline period as the forecast. Per dimension, elements are taken in decreasing
 * surprise (Jensen–Shannon term of their baseline vs current share); an element joins if its
 * explanatory power exceeds `teep`, and the dimension's set is kept once the joined power exceeds
 * `tep`. Sets are ranked by total surprise and the top `k` returned. For a ratio (a derived
 * measure m₁/m₂) explanatory power is the change of the overall ratio had only the element moved,
 * and surprise is the sum of the numerator's and denominator's. Segments fix one dimension only.
 * Causes come set by set, each set in surprise order; `score` is the element's surprise.
 * @example adtributor(cube).causes[0].segment // { category: "bags" }
 */
export function adtributor(cube: LeafCube, options: AdtributorOptions = {}): RcaResult {
  const { teep = 0.1, tep = 0.67, k = 3, baselineScale = 1 } = options;
  const base: RcaResult = {
    method: "adtributor",
    kpi: null,
    dims: cube.dims,
    causes: [],
    candidates: 0,
    explained: 0,
    warnings: [...cube.warnings],
  };
  if (cube.empty) return { ...base, empty: cube.empty };
  if (cube.negative) {
    const { row, column, value } = cube.negative;
    throw new RcaError(msg.negativeValue(row, column, value, "adtributor"));
  }
  const kpi = kpiChange(cube, baselineScale);
  if (kpi.change === 0 || !Number.isFinite(kpi.change))
    return { ...base, kpi, empty: msg.noChange(kpi.baseline, kpi.current) };

  const sets: { surprise: number; causes: RcaCause[] }[] = [];
  let candidates = 0;
  for (const dim of cube.dims) {
    const { index, sums } = dimensionSums(cube, dim);
    const elements = sums
      .map((s, code) =>
        causeEvidence({ [dim]: cube.labels[index][code] }, s, cube, kpi.baselineScale),
      )
      .filter((e) => e.support.baseline + e.support.current > 0);
    candidates += elements.length;
    elements.sort((a, b) => b.surprise - a.surprise);
    const chosen: RcaCause[] = [];
    let explains = 0;
    for (const e of elements) {
      if (e.explanatoryPower > teep) {
        chosen.push({ ...e, score: e.surprise });
        explains += e.explanatoryPower;
      }
      if (explains > tep) {
        sets.push({ surprise: chosen.reduce((a, c) => a + c.surprise, 0), causes: chosen });
        break;
      }
    }
  }
  sets.sort((a, b) => b.surprise - a.surprise);
  const causes = sets.slice(0, k).flatMap((s) => s.causes);
  const top = sets[0]?.causes ?? [];
  return {
    ...base,
    kpi,
    causes,
    candidates,
    explained: top.reduce((a, c) => a + c.explanatoryPower, 0),
  };
}
