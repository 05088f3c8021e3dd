import type { Lang } from "../i18n/Lang.js";
import type { KpiDefinition } from "./KpiDefinition.js";
import { kpiTargetText } from "./kpiTargetText.js";
import type { KpiValue } from "./KpiValue.js";

/** How often one KPI met its target over a span of periods. */
export interface KpiStatusRow {
  area: string;
  kpi: string;
  grain: string;
  /** The first period's target ("≥ 85.0%"), or "none" without values. */
  target: string;
  periods: number;
  met: number;
  at_risk: number;
  missed: number;
  no_data: number;
  /** The last period missed, or "". */
  last_missed: string;
}

/**
 * One row per KPI definition counting its all-dimensions periods by status (met, at risk, missed,
 * no data) with its last missed period — the status table of the KPI dashboard. Target text is
 * in `lang` (default "en").
 * @example kpiStatusRows(set.kpis, computeKpis(set, tables).values)
 */
export function kpiStatusRows(
  definitions: readonly KpiDefinition[],
  values: readonly KpiValue[],
  lang: Lang = "en",
): KpiStatusRow[] {
  const totals = values.filter((v) => Object.keys(v.dimensions).length === 0);
  return definitions.map((k) => {
    const s = totals.filter((v) => v.kpi === k.name);
    const count = (status: string) => s.filter((v) => v.status === status).length;
    const missed = s.filter((v) => v.status === "missed").map((v) => v.period);
    return {
      area: k.area,
      kpi: k.title,
      grain: k.grain,
      target: s[0] ? kpiTargetText(s[0], lang) : "none",
      periods: s.length,
      met: count("met"),
      at_risk: count("at_risk"),
      missed: count("missed"),
      no_data: count("no_data"),
      last_missed: missed.at(-1) ?? "",
    };
  });
}
