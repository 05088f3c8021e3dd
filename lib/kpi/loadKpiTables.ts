import type { ColumnTable } from "arquero";
import { loadDataset } from "../data/loadDataset.js";
import { sampleSchemas, type SampleTableName } from "../data/sampleSchemas.js";
import type { KpiSet } from "./KpiDefinition.js";

/**
 * Loads the tables a KPI set reads from a dataset definition or a sample-layout folder (see
 * `loadDataset`),
 * keyed by file name, for {@link computeKpis}.
 * @example const tables = await loadKpiTables("data", kpis);
 */
export async function loadKpiTables(
  dataDir: string,
  kpiSet: KpiSet,
): Promise<Record<string, ColumnTable>> {
  const names = new Set<string>();
  for (const { formula: f } of kpiSet.kpis) {
    const terms = [
      ...(f.count ?? []),
      ...(f.ratio?.numerator ?? []),
      ...(f.ratio?.denominator ?? []),
    ];
    for (const t of [...terms, f.quantile, f.freshness, f.backlog]) if (t) names.add(t.table);
  }
  const keys = (Object.keys(sampleSchemas) as SampleTableName[]).filter((k) =>
    names.has(sampleSchemas[k].name),
  );
  const loaded = await loadDataset(dataDir, { tables: keys });
  return Object.fromEntries(keys.map((k) => [sampleSchemas[k].name, loaded[k]]));
}
