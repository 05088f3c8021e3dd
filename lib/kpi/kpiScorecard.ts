import { isCalendarDay } from "../time/isCalendarDay.js";
import { periodEnd } from "../time/periodEnd.js";
import { KpiError } from "./KpiError.js";
import type { KpiStatusKind } from "./kpiStatus.js";
import type { KpiValue } from "./KpiValue.js";
import * as msg from "./messages.js";

/** One KPI on a scorecard: its last complete period up to the report date, and the one before. */
export interface KpiScorecardEntry {
  kpi: string;
  title: string;
  area: string;
  format: string;
  /** The value of the last complete period ending on or before the date (all dimensions). */
  value?: KpiValue;
  /** The complete period before it. */
  previous?: KpiValue;
  /** The value's status; "no_data" when no complete period ends by the date or it has no data. */
  status: KpiStatusKind;
}

/** Options for {@link kpiScorecard}. */
export interface KpiScorecardOptions {
  /** The report date (YYYY-MM-DD, the default zone): periods ending after it are not judged. Required. */
  date: string;
}

/**
 * The status of each KPI for its last complete period up to a report date — the one reading that
 * `tns kpi --fail-on-miss`, the KPI dashboard and the executive summary share. A period is
 * complete when it ends on or before the date and the data covers all of it (not `partial`); a
 * complete period without data is "no_data", never met. Values come from `computeKpis` at any
 * grain (the KPIs' own, or `grain: "week"`) with `to` at or after the date (values that stop
 * before it give "no_data"); only the all-dimensions values are read. Throws
 * {@link KpiError} when the date is not a calendar day.
 * @example kpiScorecard(computeKpis(set, tables, { to: "2026-10-29" }), { date: "2026-10-29" })
 */
export function kpiScorecard(
  values: readonly KpiValue[],
  options: KpiScorecardOptions,
): KpiScorecardEntry[] {
  const { date } = options;
  if (!isCalendarDay(date)) throw new KpiError(msg.badPeriod("date", String(date)));
  const series = new Map<string, KpiValue[]>();
  for (const v of values) {
    if (Object.keys(v.dimensions).length) continue;
    const list = series.get(v.kpi) ?? [];
    list.push(v);
    series.set(v.kpi, list);
  }
  return [...series.values()].map((list) => {
    const complete = list
      .filter((v) => !v.partial && periodEnd(v.period, v.grain) <= date)
      .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    // Values that stop before the date say nothing about it: computed to an earlier day.
    const reaches = list.some((v) => periodEnd(v.period, v.grain) >= date);
    const value = reaches ? complete.at(-1) : undefined;
    const { kpi, title, area, format } = list[0];
    return {
      kpi,
      title,
      area,
      format,
      value,
      previous: reaches ? complete.at(-2) : undefined,
      status: value?.status ?? "no_data",
    };
  });
}
