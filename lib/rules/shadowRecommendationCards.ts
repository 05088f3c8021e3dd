import type { RecommendationCard } from "../view/RecommendationCard.js";
import type { ShadowReadout } from "./ShadowReadout.js";

const verbs = { promote: "Promote", "keep in shadow": "Keep in shadow", retire: "Retire" } as const;

/**
 * One decision card per shadow rule of a readout: the recommendation as the action, the first
 * reason as the impact, the others as the rationale.
 * @example tslab.display.html(recommendationCardsHtml(shadowRecommendationCards(readout)));
 */
export function shadowRecommendationCards(readout: ShadowReadout): RecommendationCard[] {
  return readout.rules.map((rule) => {
    const [first, ...rest] = rule.recommendation.reasons;
    return {
      title: `${rule.id} (${rule.policy}, ${rule.action} → queue ${rule.queue})`,
      action: `${verbs[rule.recommendation.decision]} ${rule.id} (as of ${readout.asOf}).`,
      impact: first,
      rationale: rest.join(" ") || undefined,
    };
  });
}
