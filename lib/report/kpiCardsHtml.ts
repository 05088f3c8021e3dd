import { escapeHtml } from "./escapeHtml.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

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

/** Options for {@link kpiCardsHtml}. */
export interface KpiCardsHtmlOptions {
  /** The language of the cards' own words (status pills, "target"). Default: "en". */
  lang?: Lang;
}

/**
 * KPI cards for a report: a grid of value, target and status; all text escaped.
 * @example tslab.display.html(kpiCardsHtml([{ name: "Precision", value: "81%", target: "≥ 80%", status: "met" }]))
 */
export function kpiCardsHtml(cards: readonly KpiCard[], options: KpiCardsHtmlOptions = {}): string {
  const t = messages(options.lang).cards;
  const items = cards.map(
    (c) =>
      `<div class="card kpi kpi-${c.status}"><div class="card-name">${escapeHtml(c.name)}</div><div class="card-value">${escapeHtml(c.value)}</div>` +
      `<div class="card-target"><span class="status status-${c.status}">${escapeHtml(t.kpiStatus[c.status])}</span>${c.target ? ` ${escapeHtml(t.target)} ${escapeHtml(c.target)}` : ""}</div>` +
      (c.detail ? `<div class="card-detail">${escapeHtml(c.detail)}</div>` : "") +
      `</div>`,
  );
  return `<div class="cards">${items.join("")}</div>`;
}
