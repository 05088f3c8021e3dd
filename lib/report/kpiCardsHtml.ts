import { escapeHtml } from "./escapeHtml.js";

/**
 * Status of a KPI against its target; "partial" is a period the data covers only in part, shown
 * but not judged.
 */
export type KpiStatusName = "met" | "at_risk" | "missed" | "no_data" | "partial";

/** One KPI card: the value against its target, with the numbers behind it. */
export interface KpiCard {
  name: string;
  /** The value as shown, e.g. "81.2%". */
  value: string;
  /** The target as shown, e.g. "≥ 80%". */
  target?: string;
  status: KpiStatusName;
  /** One line under the value: n, interval, change, e.g. "n = 1,204 · 95% CI 79–83%". */
  detail?: string;
}

const statusLabel: Record<KpiStatusName, string> = {
  met: "met",
  at_risk: "at risk",
  missed: "missed",
  no_data: "no data",
  partial: "partial, not judged",
};

/**
 * KPI cards for a report: a grid of value, target and status; all text escaped.
 * @example tslab.display.html(kpiCardsHtml([{ name: "Precision", value: "81%", target: "≥ 80%", status: "met" }]))
 */
export function kpiCardsHtml(cards: readonly KpiCard[]): string {
  const items = cards.map(
    (c) =>
      `<div class="card kpi kpi-${c.status}"><div class="card-name">${escapeHtml(c.name)}</div><div class="card-value">${escapeHtml(c.value)}</div>` +
      `<div class="card-target"><span class="status status-${c.status}">${statusLabel[c.status]}</span>${c.target ? ` target ${escapeHtml(c.target)}` : ""}</div>` +
      (c.detail ? `<div class="card-detail">${escapeHtml(c.detail)}</div>` : "") +
      `</div>`,
  );
  return `<div class="cards">${items.join("")}</div>`;
}
