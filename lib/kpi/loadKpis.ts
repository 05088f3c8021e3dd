import { readFile } from "node:fs/promises";
import type { KpiSet } from "./KpiDefinition.js";
import { KpiError } from "./KpiError.js";
import { parseKpis } from "./parseKpis.js";

/**
 * Reads and checks a kpis.yaml file (see {@link parseKpis}); a missing file is a {@link KpiError}.
 * @example const kpis = await loadKpis("data/kpis.yaml");
 */
export async function loadKpis(path: string): Promise<KpiSet> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new KpiError(
      `${path}: cannot read the KPI file; check --kpis (the sample set is data/kpis.yaml)`,
    );
  }
  return parseKpis(text, path);
}
