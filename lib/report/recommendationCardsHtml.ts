import { escapeHtml } from "./escapeHtml.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

/** Options for {@link recommendationCardsHtml}. */
export interface RecommendationCardsHtmlOptions {
  /** The language of the cards' own words ("Owner:"). Default: "en". */
  lang?: Lang;
}

/**
 * Recommendation cards for a report: action, impact, rationale and owner; all text escaped.
 * @example tslab.display.html(recommendationCardsHtml([{ title: "Threshold", action: "Raise counterfeit_v4 to 0.88" }]))
 */
export function recommendationCardsHtml(
  cards: readonly RecommendationCard[],
  options: RecommendationCardsHtmlOptions = {},
): string {
  const owner = messages(options.lang).cards.owner;
  const items = cards.map(
    (c, i) =>
      `<div class="card recommendation"><div class="card-name">${i + 1}. ${escapeHtml(c.title)}</div><div class="card-action">${escapeHtml(c.action)}</div>` +
      (c.impact ? `<div class="card-impact">${escapeHtml(c.impact)}</div>` : "") +
      (c.rationale ? `<div class="card-detail">${escapeHtml(c.rationale)}</div>` : "") +
      (c.owner
        ? `<div class="card-detail">${escapeHtml(owner)} ${escapeHtml(c.owner)}</div>`
        : "") +
      `</div>`,
  );
  return `<div class="cards recommendations">${items.join("")}</div>`;
}
