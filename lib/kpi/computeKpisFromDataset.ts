import type { Dataset } from "../dataset/Dataset.js";
import { kitTableNames, type KitTableName } from "../dataset/kitTables.js";
import { ident } from "../dataset/sqlText.js";
import { addTable, kpiAccumulator, type ComputeKpisOptions } from "./computeKpis.js";
import type { KpiSet } from "./KpiDefinition.js";
import { kpiTableColumns } from "./kpiTableColumns.js";
import type { KpiValue } from "./KpiValue.js";
import * as msg from "./messages.js";
import type { KpiDataRange } from "./KpiAccumulator.js";
import { checkKpiOptions } from "./checkKpiOptions.js";

/** Options for {@link computeKpisFromDataset}: those of `computeKpis`, plus the scan's chunk size. */
export interface ComputeKpisFromDatasetOptions extends ComputeKpisOptions {
  /** Rows per chunk brought from the engine into the accumulator. Default 100,000. */
  chunkRows?: number;
}

/** KPI values of a dataset, and one line per table the dataset lacks (its KPIs are skipped). */
export interface DatasetKpis {
  values: KpiValue[];
  /** KPI names computed, in the set's order. */
  kpis: string[];
  warnings: string[];
  /** The days the scanned rows span: the default report date is its last day. */
  dataRange?: KpiDataRange;
}

/**
 * Every KPI of a set over a dataset's tables: each table is scanned once in bounded chunks, only
 * the columns the KPIs read, into the same {@link KpiAccumulator} as `computeKpis` — so the values
 * are the same numbers. A KPI whose table the dataset lacks is skipped with one warning line per
 * table. Throws {@link KpiError} for a column the table does not have.
 * @example const { values, warnings } = await computeKpisFromDataset(await loadKpis(ds.definition.kpis!), ds);
 */
export async function computeKpisFromDataset(
  kpiSet: KpiSet,
  ds: Dataset,
  options: ComputeKpisFromDatasetOptions = {},
): Promise<DatasetKpis> {
  checkKpiOptions(options);
  const selected = options.only
    ? kpiSet.kpis.filter((k) => options.only!.includes(k.name))
    : kpiSet.kpis;
  const absent = new Map<string, string[]>();
  const kept = selected.filter((kpi) => {
    const lacking = Object.keys(kpiTableColumns(kpiSet, [kpi])).filter(
      (t) => !isKitTable(t) || !ds.has(t),
    );
    for (const t of lacking) absent.set(t, [...(absent.get(t) ?? []), kpi.name]);
    return lacking.length === 0;
  });
  const warnings = [...absent].map(([table, names]) =>
    msg.tableAbsent(table, names, ds.definition.file),
  );
  const reads = kpiTableColumns(kpiSet, kept);
  const columns: Record<string, string[]> = {};
  for (const table of Object.keys(reads))
    columns[table] = (await ds.columns(table as KitTableName)).map((c) => c.name);
  const accumulator = kpiAccumulator(
    kpiSet,
    columns,
    kept.map((k) => k.name),
  );
  for (const table of accumulator.tables) {
    // Only real columns are selected; a misspelt one was already refused by compileKpi.
    const list = reads[table].filter((c) => columns[table].includes(c));
    const sql = `SELECT ${list.map(ident).join(", ")} FROM ${ident(table)}`;
    for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows }))
      addTable(accumulator, table, chunk);
  }
  return {
    values: accumulator.values(options),
    kpis: kept.map((k) => k.name),
    warnings,
    dataRange: accumulator.dataRange,
  };
}

function isKitTable(name: string): name is KitTableName {
  return (kitTableNames as string[]).includes(name);
}
