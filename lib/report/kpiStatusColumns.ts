import type { KpiStatusRow } from "../kpi/kpiStatusRows.js";
import type { TableColumn } from "../view/TableColumn.js";

/**
 * The columns of the KPI status table ({@link kpiStatusRows}): area, KPI, grain, target, and the
 * periods met, at risk, missed and without data, with the last one missed.
 * @example htmlTable(kpiStatusRows(kpis, values), { columns: kpiStatusColumns() })
 */
export function kpiStatusColumns(): TableColumn<KpiStatusRow>[] {
  return [
    { name: "area" },
    { name: "kpi", label: "KPI" },
    { name: "grain" },
    { name: "target" },
    { name: "periods", format: "integer" },
    { name: "met", format: "integer" },
    { name: "at_risk", label: "at risk", format: "integer" },
    { name: "missed", format: "integer" },
    { name: "no_data", label: "no data", format: "integer" },
    { name: "last_missed", label: "last missed" },
  ];
}
