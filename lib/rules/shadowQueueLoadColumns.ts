import { MISSING } from "../format/missing.js";
import type { TableColumn } from "../view/TableColumn.js";
import type { ShadowQueueLoad } from "./ShadowReadout.js";

/**
 * The columns of a shadow readout's queue-load table, one row per shadow rule
 * (`{ rule: r.id, ...r.queueLoad }`): new flags per day, the most in a day, the queue's load and
 * capacity per day, the headroom left after promotion, and where the capacity comes from. Rates
 * show one decimal; an unknown one (no capacity given or measured) shows the missing mark.
 * @example htmlTable(readout.rules.map((r) => ({ rule: r.id, ...r.queueLoad })), { columns: shadowQueueLoadColumns() })
 */
export function shadowQueueLoadColumns(): TableColumn<ShadowQueueLoad & { rule: string }>[] {
  const perDay = (v: unknown) => (Number.isFinite(v) ? (v as number).toFixed(1) : MISSING);
  return [
    "rule",
    "queue",
    { name: "extraPerDay", label: "new flags per day", format: perDay },
    { name: "peakExtra", label: "most in a day", format: "integer" },
    { name: "loadPerDay", label: "load per day now", format: perDay },
    { name: "capacity", label: "capacity per day", format: perDay },
    { name: "headroom", label: "headroom after", format: perDay },
    { name: "capacitySource", label: "capacity from" },
  ];
}
