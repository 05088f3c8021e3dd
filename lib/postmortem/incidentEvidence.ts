import type { Dataset } from "../dataset/Dataset.js";
import type { Incident } from "../dataset/readIncidents.js";
import type { RuleSet } from "../rules/RuleDefinition.js";
import { calibrationShiftEvidence } from "./calibrationShiftEvidence.js";
import { evasionEvidence } from "./evasionEvidence.js";
import { incidentWindow } from "./incidentWindow.js";
import { pipelineEvidence } from "./pipelineEvidence.js";
import type { EvidenceContext, PostMortem } from "./PostMortem.js";
import { ruleChangeEvidence } from "./ruleChangeEvidence.js";

/** Options for {@link incidentEvidence}. */
export interface IncidentEvidenceOptions {
  /** Days before the incident that form the baseline. Default 14. */
  baselineDays?: number;
  /** The dataset's production rules, for rule fixes. Default none: no rule fix is replayed. */
  rules?: RuleSet;
  /** Example rows shown. Default 8. */
  examples?: number;
  /** Bootstrap replicates of a threshold re-tune. Default 300. */
  replicates?: number;
}

type EvidenceOf = (
  ds: Dataset,
  incident: Incident,
  context: EvidenceContext,
) => Promise<PostMortem>;

/** The evidence function of each incident kind the kit explains; any other kind is a pipeline one. */
const byKind: Record<string, EvidenceOf> = {
  evasion: evasionEvidence,
  rule_change: ruleChangeEvidence,
  calibration_shift: calibrationShiftEvidence,
};

/**
 * The evidence of one incident for a post-mortem, computed in the engine by the function of its
 * kind (evasion, rule_change, calibration_shift; any other kind is read as a data-pipeline
 * incident): headline, timeline, impact, examples, root cause, the fix replayed and action items.
 * @example const pm = await incidentEvidence(ds, incident, { baselineDays: 14, rules });
 */
export async function incidentEvidence(
  ds: Dataset,
  incident: Incident,
  options: IncidentEvidenceOptions = {},
): Promise<PostMortem> {
  const { baselineDays = 14, rules, examples = 8, replicates = 300 } = options;
  const window = incidentWindow(incident, { baselineDays, zone: ds.definition.zone });
  const evidence = byKind[incident.kind] ?? pipelineEvidence;
  return evidence(ds, incident, { window, rules, examples, replicates });
}
