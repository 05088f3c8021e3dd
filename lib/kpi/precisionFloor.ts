import { basename } from "node:path";
import { kpiTarget } from "./kpiTarget.js";
import { loadKpis } from "./loadKpis.js";

/** Options for {@link precisionFloor}. */
export interface PrecisionFloorOptions {
  /** A floor given explicitly (a report parameter); "" or undefined: read it from the KPI file. */
  given?: number | string;
  /** The KPI whose target is the floor. Default: "precision_by_queue". */
  kpi?: string;
}

/** The precision floor a report applies, and where it comes from (for its caption). */
export interface PrecisionFloor {
  value: number;
  /** e.g. "the target of precision_by_queue in kpis.yaml". */
  source: string;
}

/** Used only when the dataset has no KPI file and no floor was given. */
const kitDefault = 0.7;

/**
 * The precision a queue's flags must keep, read once for every report from the dataset's KPI
 * file (the target of `precision_by_queue`), so the overview, threshold tuning and executive
 * summary judge precision against one number. A value given as a parameter wins; a dataset
 * without a KPI file gets the kit's default, 70%, and the source says so.
 * @example (await precisionFloor(files.kpis)).value // 0.7
 */
export async function precisionFloor(
  kpisFile: string | undefined,
  options: PrecisionFloorOptions = {},
): Promise<PrecisionFloor> {
  const { given, kpi = "precision_by_queue" } = options;
  if (given !== undefined && String(given) !== "")
    return { value: Number(given), source: "the report's parameter" };
  if (!kpisFile)
    return { value: kitDefault, source: "the kit's default: the dataset has no KPI file" };
  const target = kpiTarget(await loadKpis(kpisFile), kpi);
  return { value: target.value, source: `the target of ${kpi} in ${basename(kpisFile)}` };
}
