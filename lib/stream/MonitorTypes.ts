import type { QuarantineReport } from "./QuarantineReport.js";

/** One closed monitor window: volumes, reviewer-confirmed precision and drift statistics. */
export interface MonitorWindow {
  /** Window bounds, ISO 8601 UTC. */
  start: string;
  end: string;
  events: number;
  /** Events per type. */
  byType: Record<string, number>;
  /** Flags per detector. */
  flags: Record<string, number>;
  /** Review decisions that were violation / no_violation. */
  confirmed: number;
  decided: number;
  /** confirmed / decided with a 95% Wilson interval; NaN without decisions. */
  precision: number;
  lower: number;
  upper: number;
  /** Hits per rule from the `evaluate` hook. */
  ruleHits: Record<string, number>;
  /** PSI of each model family's production scores over the drift window, when computed. */
  psi: Record<string, number>;
}

/** Why an alert fired. */
export type MonitorAlertKind =
  "drift" | "rate" | "model_change" | "late_events" | "quarantined" | "malformed";

/** One alert, as written to the alerts JSONL file. */
export interface MonitorAlert {
  /** Event time at which it fired (the end of the window that showed it), ISO 8601 UTC. */
  ts: string;
  kind: MonitorAlertKind;
  /** What it is about: a model family, a detector or rule, the source. */
  subject: string;
  value: number;
  threshold: number;
  message: string;
}

/** What a monitor run returns. */
export interface MonitorResult {
  windows: MonitorWindow[];
  alerts: MonitorAlert[];
  events: number;
  /** Events dropped for arriving after the allowed lateness. */
  late: number;
  /** Events the stream clock kept out (far future, far past, invalid ts), with examples. */
  quarantine: QuarantineReport;
}
