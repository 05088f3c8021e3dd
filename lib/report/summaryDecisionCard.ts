import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";

/** The detailed report a decision of the executive summary comes from. */
export type SummaryDecisionSourceName = "rules" | "thresholds";

/**
 * A detailed report's decision card as the executive summary shows it: its title prefixed with
 * the area ("Rules: …", "Thresholds: …") and its rationale ending with the report that holds the
 * evidence, in `lang` (default "en").
 * @example summaryDecisionCard(readout.cards[0], "rules", "ko")
 */
export function summaryDecisionCard(
  card: RecommendationCard,
  source: SummaryDecisionSourceName,
  lang: Lang = "en",
): RecommendationCard {
  const t = messages(lang).summary;
  const rules = source === "rules";
  return {
    ...card,
    title: rules ? t.rulesTitle(card.title) : t.thresholdsTitle(card.title),
    rationale: t.evidence(card.rationale ?? "", rules ? t.ruleBacktest : t.thresholdTuning),
  };
}
