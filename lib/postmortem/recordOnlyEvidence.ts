import type { Incident } from "../dataset/readIncidents.js";
import type { EvidenceContext, PostMortem } from "./PostMortem.js";

/**
 * A post-mortem from the incident record alone, for a detection incident the dataset cannot
 * measure (a table or a field it needs is missing): the window as the timeline and the reason,
 * said once, in place of every computed section.
 * @example recordOnlyEvidence(incident, context, "no model_scores table in the dataset: model scores are not analysed")
 */
export function recordOnlyEvidence(
  incident: Incident,
  context: EvidenceContext,
  reason: string,
): PostMortem {
  const { window: w } = context;
  return {
    incident,
    window: w,
    headline: `This ${incident.kind || "detection"} incident is not measured: ${reason}.`,
    timeline: [
      { event: "Start", when: w.start, evidence: "incident record" },
      { event: "End", when: w.end, evidence: "incident record" },
    ],
    impact: [],
    examples: { caption: "", rows: [] },
    rootCauseNote: reason,
    fix: { title: "", rows: [], summary: `Nothing is replayed: ${reason}.` },
    actions: [],
    notes: [reason],
  };
}
