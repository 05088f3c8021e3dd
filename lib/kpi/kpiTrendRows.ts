import type { Lang } from "../i18n/Lang.js";
import type { KpiDefinition } from "./KpiDefinition.js";
import { kpiText } from "./kpiText.js";
import type { KpiValue } from "./KpiValue.js";

/** Options for {@link kpiTrendRows}. */
export interface KpiTrendRowsOptions {
  /** The KPIs to chart, by name. Required. */
  kpis: readonly string[];
  /** The last period start to keep (YYYY-MM-DD); default all periods. */
  through?: string;
  /** The KPI definitions (kpis.yaml), for titles in `lang`; default the values' own titles. */
  definitions?: readonly KpiDefinition[];
  /** The language of the titles; default "en". */
  lang?: Lang;
}

/** One point of a KPI trend chart: a period's all-dimensions value of one KPI. */
export interface KpiTrendRow {
  week: string;
  kpi: string;
  value: number;
  n: number;
}

/**
 * The all-dimensions, targeted values of some KPIs with a number, one row per period, titled in
 * `lang` — the rows of a KPI trend chart and its deck slide.
 * @example kpiTrendRows(values, { kpis: ["estimated_recall"], through: "2026-10-19" })
 */
export function kpiTrendRows(
  values: readonly KpiValue[],
  options: KpiTrendRowsOptions,
): KpiTrendRow[] {
  const lang = options.lang ?? "en";
  const titleOf = (v: KpiValue) => {
    const definition = options.definitions?.find((k) => k.name === v.kpi);
    return definition ? kpiText(definition, lang).title : v.title;
  };
  return values
    .filter(
      (v) =>
        Object.keys(v.dimensions).length === 0 &&
        v.target &&
        options.kpis.includes(v.kpi) &&
        Number.isFinite(v.value) &&
        (options.through === undefined || v.period <= options.through),
    )
    .map((v) => ({ week: v.period, kpi: titleOf(v), value: v.value, n: v.n }));
}
