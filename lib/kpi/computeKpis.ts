import type { ColumnTable } from "arquero";
import { compileKpi } from "./compileKpi.js";
import type { KpiSet } from "./KpiDefinition.js";
import { KpiAccumulator, type KpiValuesOptions } from "./KpiAccumulator.js";
import type { KpiValue } from "./KpiValue.js";
import { checkKpiOptions } from "./checkKpiOptions.js";

/** Options for {@link computeKpis}: the reported day range, and which KPIs. */
export interface ComputeKpisOptions extends KpiValuesOptions {
  /** KPI names to compute. Default: all. */
  only?: readonly string[];
}

/**
 * Every KPI of a KPI set over loaded tables (keyed by file name: reviews, flags, model_scores …),
 * per period (its own grain, or `grain`) and dimension combination, with status against its
 * target; partial periods are marked. Rows go through the same {@link KpiAccumulator} as a stream
 * does. Throws {@link KpiError} for an unknown table or column, a day that is not a calendar day or
 * a grain a KPI cannot roll up to.
 * @example computeKpis(parseKpis(text), { reviews, flags }, { from: "2026-10-01", to: "2026-10-29" })
 */
export function computeKpis(
  kpiSet: KpiSet,
  tables: Record<string, ColumnTable>,
  options: ComputeKpisOptions = {},
): KpiValue[] {
  checkKpiOptions(options);
  const accumulator = kpiAccumulator(kpiSet, tables, options.only);
  for (const name of accumulator.tables) addTable(accumulator, name, tables[name]);
  return accumulator.values(options);
}

/**
 * A {@link KpiAccumulator} for a KPI set, its columns checked against `tables` (only their column
 * names are read). The stream monitor builds its per-window accumulators this way.
 * @example const acc = kpiAccumulator(set, { reviews });
 */
export function kpiAccumulator(
  kpiSet: KpiSet,
  tables: Record<string, ColumnTable | readonly string[]>,
  only?: readonly string[],
): KpiAccumulator {
  const columns = Object.fromEntries(
    Object.entries(tables).map(([name, t]) => [
      name,
      Array.isArray(t) ? (t as string[]) : (t as ColumnTable).columnNames(),
    ]),
  );
  const selected = only ? kpiSet.kpis.filter((k) => only.includes(k.name)) : kpiSet.kpis;
  return new KpiAccumulator(
    selected.map((kpi) => compileKpi(kpi, { columns, derived: kpiSet.derived })),
  );
}

/** Feeds every row of a table to an accumulator through one reused row object. */
export function addTable(accumulator: KpiAccumulator, name: string, table: ColumnTable): void {
  const names = table.columnNames();
  // The stored column when it is a plain or typed array (no copy); a filtered, ordered or
  // Arrow-backed table goes through array(), which copies.
  const direct = !table.isFiltered() && !table.isOrdered();
  const arrays = names.map((n) => {
    const column = direct ? (table.column(n) as unknown) : undefined;
    return (
      Array.isArray(column) || ArrayBuffer.isView(column) ? column : table.array(n)
    ) as ArrayLike<unknown>;
  });
  const row: Record<string, unknown> = {};
  const rows = table.numRows();
  for (let i = 0; i < rows; i++) {
    for (let c = 0; c < names.length; c++) row[names[c]] = arrays[c][i];
    accumulator.add(name, row);
  }
}
