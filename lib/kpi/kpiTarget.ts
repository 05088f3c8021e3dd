import type { KpiSet, KpiTarget } from "./KpiDefinition.js";
import { KpiError } from "./KpiError.js";

/**
 * The target a KPI file sets for one KPI, so a report that needs the figure (a precision floor, a
 * recall goal) reads it from the file every other report reads, not from a number of its own.
 * Throws a KpiError naming the KPIs with targets when `name` has none.
 * @example kpiTarget(await loadKpis("data/kpis.yaml"), "precision_by_queue").value // 0.7
 */
export function kpiTarget(kpis: KpiSet, name: string): KpiTarget {
  const kpi = kpis.kpis.find((k) => k.name === name);
  if (kpi?.target) return kpi.target;
  const withTargets = kpis.kpis.filter((k) => k.target).map((k) => k.name);
  throw new KpiError(
    `${kpi ? `KPI ${name} has no target` : `no KPI named ${name}`} in the KPI file; KPIs with a target: ${withTargets.join(", ") || "none"}. Add a target to it, or name another KPI.`,
    name,
  );
}
