import { join } from "node:path";
import type { ColumnTable } from "arquero";
import { loadCsv } from "../data/loadCsv.js";
import { sampleSchemas } from "../data/sampleSchemas.js";
import type { KpiSet } from "./KpiDefinition.js";

/**
 * Loads, from `dataDir`, the sample tables a KPI set reads (by file name: reviews → reviews.csv),
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
  const schemas = Object.values(sampleSchemas).filter((s) => names.has(s.name));
  const tables = await Promise.all(schemas.map((s) => loadCsv(join(dataDir, `${s.name}.csv`), s)));
  return Object.fromEntries(schemas.map((s, i) => [s.name, tables[i]]));
}
