import type { Incident } from "../dataset/readIncidents.js";
import type { RcaResult } from "../rca/RcaResult.js";
import type { RuleSet } from "../rules/RuleDefinition.js";
import type { KpiCard } from "../view/KpiCard.js";
import type { RecommendationCard } from "../view/RecommendationCard.js";
import type { IncidentWindow } from "./incidentWindow.js";

/** One event of an incident's timeline; `when` is undefined when the data does not show it. */
export interface TimelineEvent {
  event: string;
  when?: Date;
  evidence: string;
}

/** The root-cause search of a post-mortem: the KPI searched, in words, and the search's result. */
export interface PostMortemRootCause {
  kpi: string;
  result: RcaResult;
}

/** The fix replayed on the incident's own data: a table of variants and the effect in a sentence. */
export interface PostMortemFix {
  title: string;
  rows: Record<string, unknown>[];
  summary: string;
}

/**
 * The evidence of one incident, section by section, each part computed from the dataset: the
 * headline, timeline, impact cards, examples, root cause, fix and action items. What the dataset
 * cannot supply is said once in `notes` (and `rootCauseNote` when no search ran).
 */
export interface PostMortem {
  incident: Incident;
  window: IncidentWindow;
  headline: string;
  timeline: TimelineEvent[];
  impact: KpiCard[];
  examples: { caption: string; rows: Record<string, unknown>[] };
  rootCause?: PostMortemRootCause;
  rootCauseNote?: string;
  fix: PostMortemFix;
  actions: RecommendationCard[];
  notes: string[];
}

/** What every per-kind evidence function is given besides the dataset and the incident. */
export interface EvidenceContext {
  window: IncidentWindow;
  /** The dataset's production rules, when it names a rule file. */
  rules?: RuleSet;
  /** Example rows kept per table. */
  examples: number;
  /** Bootstrap replicates of a threshold re-tune. */
  replicates: number;
}
