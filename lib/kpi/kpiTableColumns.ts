import type { KpiDefinition, KpiSet, KpiTerm } from "./KpiDefinition.js";

/**
 * The source columns each table must supply for some KPIs of a set: times, `where` columns,
 * dimensions and measured columns, with derived columns (`hours_between`) replaced by the columns
 * they are computed from. Lets an engine scan only what the KPIs read.
 * @example kpiTableColumns(set) // { reviews: ["reviewed_at", "decision", "queue", …], flags: […] }
 */
export function kpiTableColumns(
  kpiSet: KpiSet,
  kpis: readonly KpiDefinition[] = kpiSet.kpis,
): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (table: string, columns: (string | undefined)[]) => {
    const set = out.get(table) ?? new Set<string>();
    for (const column of columns) {
      if (column === undefined) continue;
      const derived = kpiSet.derived[table]?.[column];
      if (derived) derived.hours_between.forEach((c) => set.add(c));
      else set.add(column);
    }
    out.set(table, set);
  };
  for (const kpi of kpis) {
    const f = kpi.formula;
    const terms: (KpiTerm & { value?: string })[] = [
      ...(f.count ?? []),
      ...(f.ratio?.numerator ?? []),
      ...(f.ratio?.denominator ?? []),
      ...(f.quantile ? [f.quantile] : []),
    ];
    for (const t of terms)
      add(t.table, [
        t.time,
        ...Object.keys(t.where ?? {}),
        ...kpi.dimensions,
        t.value,
        t.sum,
        t.distinct,
        t.inverse_weight,
      ]);
    if (f.freshness) add(f.freshness.table, [f.freshness.time, ...kpi.dimensions]);
    if (f.backlog) {
      const { table, start, end, where } = f.backlog;
      add(table, [start, end, ...Object.keys(where ?? {}), ...kpi.dimensions]);
    }
  }
  return Object.fromEntries([...out].map(([table, set]) => [table, [...set]]));
}
