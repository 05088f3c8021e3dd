import type { KpiCard } from "../view/KpiCard.js";
import type { FlagCosts } from "./flagCosts.js";
import { flagCostCards } from "./flagCostCards.js";
import { int, pct, perDay, shareText } from "./incidentText.js";
import type { IncidentWindow } from "./incidentWindow.js";
import type { TimelineEvent } from "./PostMortem.js";
import type { RuleVersion } from "./ruleVersionsFix.js";

/** What a rule change's flags add up to (see `ruleChangeStats`). */
export interface RuleChangeStats {
  rule: string;
  /** The queue its flags went to. */
  queue: string;
  /** Flags and true positives in the baseline days [hits, flags] and during the incident. */
  before: [number, number];
  during: [number, number];
  firstFlag?: Date;
  /** When the changed rule had fired three baseline days' worth of hits, and how many that is. */
  alarm: { hits: number; at?: Date };
  /** The version live from the start (the change) and those after it; empty when not recorded. */
  versions: RuleVersion[];
  /** How the rollback relates to the earlier versions, e.g. "v3 (= v1), 2026-10-13T15:40:00+09:00". */
  rollback: string;
  costs: FlagCosts;
}

/**
 * The headline, timeline and impact cards of a rule change from its statistics: text and numbers,
 * no query.
 * @example ruleChangeSections(stats, window).headline
 */
export function ruleChangeSections(
  s: RuleChangeStats,
  w: IncidentWindow,
): { headline: string; timeline: TimelineEvent[]; impact: KpiCard[] } {
  const days = (+w.end - +w.start) / 86_400_000;
  const [[k0, n0], [k1, n1]] = [s.before, s.during];
  const changed = s.versions[0];
  const normal = perDay(n0, w.baselineDays);
  return {
    headline: `${changed ? `Version ${changed.version} of ${s.rule}` : s.rule} fired ${int(n1)} times in ${days.toFixed(1)} days (${perDay(n1, days)} against ${normal} before) at ${pct(n1 ? k1 / n1 : NaN)} precision, flooding the ${s.queue} queue.`,
    timeline: [
      {
        event: "Change deployed (first affected flag)",
        when: s.firstFlag,
        evidence: changed
          ? `${s.rule} v${changed.version}, updated ${changed.updated_at}`
          : `first ${s.rule} flag in the window`,
      },
      {
        event: "Three normal days' hits reached",
        when: s.alarm.at,
        evidence: `${int(s.alarm.hits)} hits since the change; before it the rule fired ${normal}`,
      },
      {
        event: "First cleared review of a flag of the change",
        when: s.costs.firstCleared,
        evidence: s.costs.reviewsNote ?? "a reviewer found nothing wrong",
      },
      { event: "Rolled back", when: w.end, evidence: s.rollback },
    ],
    impact: [
      {
        name: `${s.rule} hits`,
        value: int(n1),
        status: "missed",
        detail: `${perDay(n1, days)} vs ${normal} before`,
      },
      {
        name: "Precision during",
        value: pct(n1 ? k1 / n1 : NaN),
        status: "missed",
        detail: `before: ${shareText(k0, n0)}`,
      },
      ...flagCostCards(s.costs),
    ],
  };
}
