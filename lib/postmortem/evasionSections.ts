import type { KpiCard } from "../view/KpiCard.js";
import { int, pct, shareText } from "./incidentText.js";
import type { IncidentWindow } from "./incidentWindow.js";
import type { TimelineEvent } from "./PostMortem.js";

/** What an evasion incident's affected listings add up to (see `evasionStats`). */
export interface EvasionStats {
  /** The affected listings in words, e.g. "the listings of the 27 sellers the incident record names". */
  affected: string;
  /** The incident's segment in words. */
  segment: string;
  listings: number;
  sellers: number;
  violations: number;
  /** The policy most of the violations break ("" without violations). */
  policy: string;
  /** Violations no detector flagged, their views and asking prices; undefined without flags. */
  missed?: { listings: number; views: number | null; gmv: number | null };
  firstListing?: Date;
  firstFlag?: Date;
  firstDetector?: string;
  /** The policy's violations any detector flagged [flagged, all], before and during the window. */
  recall?: { before: [number, number]; during: [number, number] };
  /** The first audit finding a violation among them and the stratum most of their audits came from. */
  firstFinding?: Date;
  stratum?: string;
  /** Why audits, or flags, are not known (one line each), when they are not. */
  auditsNote?: string;
  flagsNote?: string;
}

/** The text rules replayed and how many affected listings they hit as written. */
export interface EvasionReplaySummary {
  rules: string;
  hitAsWritten?: number;
}

/**
 * The headline, timeline and impact cards of an evasion incident from its statistics: plain text
 * and numbers, no query.
 * @example evasionSections(stats, window, { rules: "cf_keywords", hitAsWritten: 0 }).headline
 */
export function evasionSections(
  s: EvasionStats,
  w: IncidentWindow,
  replay: EvasionReplaySummary,
): { headline: string; timeline: TimelineEvent[]; impact: KpiCard[] } {
  const hit =
    replay.hitAsWritten === undefined
      ? "no text rule replayed"
      : `${int(replay.hitAsWritten)} hit as written`;
  const never = s.missed
    ? `${int(s.missed.listings)} were never flagged by any detector`
    : s.flagsNote;
  return {
    headline: `${int(s.listings)} ${s.policy || "violating"} listings from ${int(s.sellers)} sellers (${s.segment}) slipped past ${replay.rules}: ${hit}; ${never}.`,
    timeline: [
      { event: "First affected listing", when: s.firstListing, evidence: `first of ${s.affected}` },
      {
        event: "First detector hit on the wave",
        when: s.firstFlag,
        evidence: s.firstDetector
          ? `detector ${s.firstDetector}`
          : (s.flagsNote ?? "no detector flagged a wave listing"),
      },
      {
        event: "First detection by people",
        when: s.firstFinding,
        evidence:
          s.auditsNote ??
          (s.firstFinding
            ? "first audit of a wave listing labelled a violation"
            : "no audit of a wave listing found a violation"),
      },
      { event: "Incident over", when: w.end, evidence: "end of the incident record" },
    ],
    impact: [
      {
        name: "Wave listings",
        value: int(s.listings),
        status: "missed",
        detail: `${int(s.violations)} violations (ground truth)`,
      },
      ...(s.missed ? missedCards(s.missed, s.violations) : []),
      ...(s.recall ? [recallCard(s.policy, s.recall)] : []),
    ],
  };
}

function missedCards(m: NonNullable<EvasionStats["missed"]>, violations: number): KpiCard[] {
  return [
    {
      name: "Missed (never flagged)",
      value: int(m.listings),
      status: "missed",
      detail: `${pct(violations ? m.listings / violations : NaN)} of the wave's violations`,
    },
    {
      name: "Views of missed listings",
      value: int(m.views),
      status: "missed",
      detail: "page views of the wave listings no detector flagged: buyers exposed",
    },
    {
      name: "Asking-price GMV exposed",
      value: `₩${int(m.gmv)}`,
      status: "missed",
      detail: "sum of the asking prices of the missed listings",
    },
  ];
}

function recallCard(policy: string, r: NonNullable<EvasionStats["recall"]>): KpiCard {
  const [k1, n1] = r.during;
  return {
    name: policy ? `${policy[0].toUpperCase()}${policy.slice(1)} recall` : "Recall",
    value: pct(n1 ? k1 / n1 : NaN),
    status: "missed",
    detail: `before ${shareText(...r.before)}; during ${shareText(...r.during)}`,
  };
}
