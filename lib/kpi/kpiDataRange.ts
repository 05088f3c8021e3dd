import type { ColumnTable } from "arquero";
import { addTable, kpiAccumulator } from "./computeKpis.js";
import type { KpiSet } from "./KpiDefinition.js";
import type { KpiDataRange } from "./KpiAccumulator.js";

/**
 * The first and last day (the default zone) of the rows a KPI set reads from loaded tables (every row
 * of every table some KPI reads, by the KPI's time column); undefined when there are none. The
 * last day is the default report date and what a report date beyond the data is checked against.
 * @example kpiDataRange(kpis, tables) // { first: "2026-08-01", last: "2026-10-29" }
 */
export function kpiDataRange(
  kpiSet: KpiSet,
  tables: Record<string, ColumnTable>,
): KpiDataRange | undefined {
  const accumulator = kpiAccumulator(kpiSet, tables);
  for (const name of accumulator.tables) addTable(accumulator, name, tables[name]);
  return accumulator.dataRange;
}
