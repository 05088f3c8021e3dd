import type { Dataset } from "../dataset/Dataset.js";
import {
  leafCubeFromDataset,
  type LeafCubeFromDatasetOptions,
} from "../rca/leafCubeFromDataset.js";
import { rippleSearch } from "../rca/rippleSearch.js";
import type { PostMortemRootCause } from "./PostMortem.js";

/** Options for {@link incidentRootCause}: the leaf cube's, the KPI in words and the baseline scale. */
export interface IncidentRootCauseOptions extends LeafCubeFromDatasetOptions {
  /** The KPI searched, in words, for the report. */
  kpi: string;
  /** Additive KPIs: factor on the baseline sums (e.g. the ratio of the periods' lengths). Default 1. */
  baselineScale?: number;
}

/**
 * The root-cause search of a post-mortem: the KPI's leaf cube over a relation, summed in the
 * engine, and the ripple search over it (segments of up to three dimensions).
 * @example await incidentRootCause(ds, incidentFlagsSql(ds), { kpi: "flag precision", dims: ["queue", "detector"], numerator: "hit", denominator: 1, time: "flagged_at", baseline, current })
 */
export async function incidentRootCause(
  ds: Dataset,
  relation: string,
  options: IncidentRootCauseOptions,
): Promise<PostMortemRootCause> {
  const { kpi, baselineScale = 1, ...cubeOptions } = options;
  const cube = await leafCubeFromDataset(ds, relation, cubeOptions);
  return { kpi, result: rippleSearch(cube, { baselineScale }) };
}
