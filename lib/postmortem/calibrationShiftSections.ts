import type { KpiCard } from "../view/KpiCard.js";
import type { FlagCosts } from "./flagCosts.js";
import { int, pct, perDay, shareText } from "./incidentText.js";
import type { IncidentWindow } from "./incidentWindow.js";
import type { TimelineEvent } from "./PostMortem.js";
import { flagCostCards } from "./flagCostCards.js";

/** What a calibration shift's flags and scores add up to (see `calibrationShiftStats`). */
export interface CalibrationShiftStats {
  model: string;
  /** The models it replaced (same queue), and the threshold it flags at. */
  previous: string[];
  threshold: number;
  /** The first days of the new model compared (at most the baseline's length). */
  days: number;
  /** Its flags [true positives, flags] in the first days; the previous models' in the baseline. */
  during: [number, number];
  before: [number, number];
  firstFlag?: Date;
  /** Shadow scoring: when the new model first scored, on how many listings both scored, the shift. */
  shadow?: { start: Date; listings: number; summary: string; higher: boolean };
  /** Whether the latest flags show a raised threshold, in words. */
  mitigation: string;
  costs: FlagCosts;
}

/**
 * The headline, timeline and impact cards of a calibration shift from its statistics: text and
 * numbers, no query.
 * @example calibrationShiftSections(stats, window).headline
 */
export function calibrationShiftSections(
  s: CalibrationShiftStats,
  w: IncidentWindow,
): { headline: string; timeline: TimelineEvent[]; impact: KpiCard[] } {
  const [[k0, n0], [k1, n1]] = [s.before, s.during];
  const previous = s.previous.join(", ") || "no earlier model";
  const shift = s.shadow
    ? ` with scores ${s.shadow.higher ? "higher" : "lower"} than ${s.previous[0]}'s on the same listings`
    : "";
  const costs = flagCostCards(s.costs).filter((c) => c.name === "Reviews wasted");
  return {
    headline: `${s.model} went live flagging at ${s.threshold.toFixed(2)}${shift}: the precision of its flags fell from ${pct(n0 ? k0 / n0 : NaN)} (${previous}) to ${pct(n1 ? k1 / n1 : NaN)}.`,
    timeline: [
      {
        event: "Shadow scoring starts",
        when: s.shadow?.start,
        evidence: s.shadow
          ? `${s.previous[0]} and ${s.model} score the same ${int(s.shadow.listings)} listings; only ${s.previous[0]} flags`
          : "no listing scored by both models",
      },
      {
        event: "Rollout (first affected flag)",
        when: s.firstFlag,
        evidence: `first ${s.model} flag`,
      },
      {
        event: `First cleared review of a ${s.model} flag`,
        when: s.costs.firstCleared,
        evidence: s.costs.reviewsNote ?? "a reviewer found nothing wrong",
      },
      { event: "Mitigation", evidence: s.mitigation },
    ],
    impact: [
      {
        name: `${s.model} flags, first ${s.days.toFixed(0)} days`,
        value: int(n1),
        status: "at_risk",
        detail: `${perDay(n1, s.days)} vs ${perDay(n0, w.baselineDays)} before (${previous})`,
      },
      {
        name: "Precision",
        value: pct(n1 ? k1 / n1 : NaN),
        status: "missed",
        detail: `before: ${shareText(k0, n0)}`,
      },
      ...costs,
    ],
  };
}
