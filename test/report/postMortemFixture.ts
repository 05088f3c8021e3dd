import type { Incident } from "../../lib/dataset/readIncidents.js";
import type { PostMortem } from "../../lib/postmortem/PostMortem.js";
import { incidentWindow } from "../../lib/postmortem/incidentWindow.js";

/** An evasion wave of 60 hours from 2026-09-15 00:00 Seoul time. */
export const waveIncident: Incident = {
  id: "INC-9",
  kind: "evasion",
  title: "Spaced keywords",
  start: "2026-09-15T00:00:00+09:00",
  end: "2026-09-17T12:00:00+09:00",
};

/** A post-mortem of {@link waveIncident} with a 14-day baseline in `zone`, and `fields` over it. */
export function postMortem(fields: Partial<PostMortem> = {}, zone = "Asia/Seoul"): PostMortem {
  return {
    incident: waveIncident,
    window: incidentWindow(waveIncident, { baselineDays: 14, zone }),
    headline: "190 counterfeit listings slipped through.",
    timeline: [],
    impact: [],
    examples: { caption: "", rows: [] },
    fix: { title: "cf_keywords replayed", rows: [], summary: "catches 190 of 190 wave listings." },
    actions: [],
    notes: [],
    ...fields,
  };
}
