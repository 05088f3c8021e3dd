import { escapeHtml } from "./escapeHtml.js";
import type { KpiCard } from "../view/KpiCard.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

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
