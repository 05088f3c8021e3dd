import type { Incident } from "../dataset/readIncidents.js";
import { formatValue } from "../format/formatValue.js";
import type { Lang } from "../i18n/Lang.js";
import { hoursAfter } from "../postmortem/incidentText.js";
import type { MonitorAlert } from "../stream/MonitorTypes.js";
import { alertIncident } from "../stream/alertIncident.js";
import { htmlTable } from "./htmlTable.js";

/** Options for {@link monitorAlertsTable}. */
export interface MonitorAlertsTableOptions {
  /** The dataset's incident log; with incidents, each alert names its incident and the hours since its start. Default none. */
  incidents?: readonly Incident[];
  /** Caption under the table. Default none. */
  caption?: string;
  /** The language of the table's own words. Default "en". */
  lang?: Lang;
  /** The zone whose clock "fired" is shown on: the dataset's `definition.zone`. Default `DEFAULT_ZONE`. */
  zone?: string;
}

/**
 * The monitor's alerts as a report table: when each fired (on the clock of `zone`), its kind,
 * subject and message, and — when the dataset documents incidents — the incident it belongs to
 * ({@link alertIncident}) with how long after that incident's start it fired.
 * @example tslab.display.html(monitorAlertsTable(monitor.alerts, { incidents: incidents, caption: "Fired = event time." }))
 */
export function monitorAlertsTable(
  alerts: readonly MonitorAlert[],
  options: MonitorAlertsTableOptions = {},
): string {
  const incidents = options.incidents ?? [];
  const rows = alerts.map((a) => {
    const incident = alertIncident(a, incidents);
    return {
      fired: formatValue(a.ts, "datetime", options.zone),
      kind: a.kind,
      subject: a.subject,
      incident: incident ? incident.id : "",
      after: incident ? hoursAfter(new Date(a.ts), new Date(incident.start)) : "",
      message: a.message,
    };
  });
  return htmlTable(rows, {
    lang: options.lang,
    caption: options.caption,
    columns: [
      { name: "fired" },
      { name: "kind" },
      { name: "subject" },
      ...(incidents.length
        ? [{ name: "incident" }, { name: "after", label: "after incident start" }]
        : []),
      { name: "message" },
    ],
  });
}
