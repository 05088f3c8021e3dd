import type { Incident } from "../dataset/readIncidents.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";
import { normalizationSteps, type NormalizationStep } from "../rules/normalizeText.js";
import { hoursAfter, segmentText } from "./incidentText.js";
import type { IncidentWindow } from "./incidentWindow.js";
import type { NormalizedTextRuleFix } from "./normalizedTextRuleFix.js";

/** Each normalisation step as a reader would say it. */
const stepWords: Record<NormalizationStep, string> = {
  nfkc: "NFKC (full-width letters folded)",
  zero_width: "zero-width characters removed",
  casefold: "case folded",
  confusables: "look-alike letters folded",
  leet: "leetspeak folded",
  spaces: "spaces removed",
};

/** What the evasion's action items rest on. */
export interface EvasionActionsInput {
  replay?: NormalizedTextRuleFix;
  /** The audit stratum most of the affected listings' audits came from. */
  stratum?: string;
  /** The first audit that found a violation among them. */
  firstFinding?: Date;
}

/**
 * The action items of an evasion incident: normalise the replayed rules (owned by their owners),
 * watch the affected segment through audits, and sample its stratum more while it lasts.
 * @example evasionActions(incident, window, { replay, stratum: "new_overseas", firstFinding })
 */
export function evasionActions(
  incident: Incident,
  w: IncidentWindow,
  input: EvasionActionsInput,
): RecommendationCard[] {
  const { replay, stratum, firstFinding } = input;
  const segment = segmentText(incident.segment ?? {});
  const cards: RecommendationCard[] = [];
  if (replay?.rules.length)
    cards.push({
      title: `Normalise text in ${replay.rules.map((r) => r.id).join(" + ")}`,
      action: `Match the rules on normalised text: ${normalizationSteps.map((k) => stepWords[k]).join(", ")}`,
      impact: replay.fix.summary,
      owner: [...new Set(replay.rules.map((r) => r.owner).filter(Boolean))].join(", ") || undefined,
    });
  cards.push({
    title: "Watch the affected segment through audits",
    action: `Alert when audits of unflagged listings in ${segment} find violations two days running`,
    impact: firstFinding
      ? `the first audit finding came ${hoursAfter(firstFinding, w.start)} after the wave started`
      : "no audit found a violation among the affected listings",
    owner: "TnS analytics",
  });
  if (stratum)
    cards.push({
      title: `Raise the audit rate in the ${stratum} stratum during waves`,
      action: `Temporarily double the inclusion probability of the ${stratum} stratum while a wave lasts`,
      owner: "quality team",
    });
  return cards;
}
