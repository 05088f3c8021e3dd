import type { KpiDefinition } from "../../lib/kpi/KpiDefinition.js";
import type { KpiScorecardEntry } from "../../lib/kpi/kpiScorecard.js";
import type { KpiValue } from "../../lib/kpi/KpiValue.js";

/** A KPI value for the executive summary's tests: all dimensions, a week's precision. */
export function kpiValue(fields: Partial<KpiValue>): KpiValue {
  return {
    kpi: "precision",
    title: "Precision",
    area: "detection",
    format: "percent",
    period: "2026-10-19",
    grain: "week",
    partial: false,
    dimensions: {},
    value: 0.9,
    n: 40,
    target: { value: 0.85, direction: "higher" },
    status: "met",
    ...fields,
  };
}

/** A scorecard entry around a value. */
export function entry(value: KpiValue | undefined, previous?: KpiValue): KpiScorecardEntry {
  return {
    kpi: value?.kpi ?? "none",
    title: value?.title ?? "",
    area: "detection",
    format: "percent",
    value,
    previous,
    status: value?.status ?? "no_data",
  };
}

/** A KPI definition with a Korean title and an owner. */
export function definition(name: string, fields: Partial<KpiDefinition> = {}): KpiDefinition {
  return {
    name,
    title: `${name} title`,
    description: `${name} description.`,
    owner: `${name}-owner`,
    area: "detection",
    grain: "week",
    dimensions: [],
    formula: { count: [] },
    format: "percent",
    translations: { ko: { title: `${name} 제목`, description: `${name} 설명.` } },
    ...fields,
  };
}
