import type { DataFormatName, DataTable } from "../../lib/export/DataTable.js";
import type { KpiScorecardEntry } from "../../lib/kpi/kpiScorecard.js";
import type { KpiValue } from "../../lib/kpi/KpiValue.js";
import { objectTable, type ObjectColumn } from "./objectTable.js";

// A KPI's format as a column format: hours are plain numbers (the "h" is in the title).
const kpiFormat = (format: string): DataFormatName =>
  format === "percent" || format === "integer" ? format : "number";

/**
 * The tables of `tns kpi`: every value (the rows of --json: one per KPI × period × dimension
 * values, one column per dimension) and the scorecard it prints.
 */
export function kpiTables(
  values: readonly KpiValue[],
  card: readonly KpiScorecardEntry[],
): DataTable[] {
  const dimensions = [...new Set(values.flatMap((v) => Object.keys(v.dimensions)))].sort();
  const format = (v: KpiValue) => kpiFormat(v.format);
  const columns: ObjectColumn<KpiValue>[] = [
    ["kpi", "text", (v) => v.kpi],
    ["title", "text", (v) => v.title],
    ["area", "text", (v) => v.area],
    ["grain", "text", (v) => v.grain],
    ["period", "date", (v) => v.period],
    ["partial", "text", (v) => v.partial],
    ...dimensions.map((d): ObjectColumn<KpiValue> => [d, "text", (v) => v.dimensions[d]]),
    ["value", format, (v) => v.value],
    ["n", "integer", (v) => v.n],
    ["lower", format, (v) => v.lower],
    ["upper", format, (v) => v.upper],
    ["numerator", "general", (v) => v.numerator],
    ["denominator", "general", (v) => v.denominator],
    ["per", "text", (v) => v.per],
    ["total", "general", (v) => v.total],
    ["target direction", "text", (v) => v.target?.direction],
    ["target", format, (v) => v.target?.value],
    ["status", "text", (v) => v.status],
  ];
  const entries = card.filter((e) => e.value);
  const entryFormat = (e: KpiScorecardEntry) => kpiFormat(e.format);
  return [
    objectTable("KPI values", values, columns),
    objectTable("Scorecard", entries, [
      ["status", "text", (e) => e.status],
      ["kpi", "text", (e) => e.kpi],
      ["title", "text", (e) => e.title],
      ["grain", "text", (e) => e.value?.grain],
      ["period", "date", (e) => e.value?.period],
      ["value", entryFormat, (e) => e.value?.value],
      ["target direction", "text", (e) => e.value?.target?.direction],
      ["target", entryFormat, (e) => e.value?.target?.value],
      ["n", "integer", (e) => e.value?.n],
    ]),
  ];
}
