import type { Dataset } from "../dataset/Dataset.js";
import type { Incident } from "../dataset/readIncidents.js";
import { modelInventory } from "../tuning/modelInventory.js";
import { calibrationShiftSections } from "./calibrationShiftSections.js";
import { calibrationShiftStats } from "./calibrationShiftStats.js";
import { incidentFlagsSql } from "./incidentFlagsSql.js";
import { incidentRootCause } from "./incidentRootCause.js";
import { recordOnlyEvidence } from "./recordOnlyEvidence.js";
import type { EvidenceContext, PostMortem } from "./PostMortem.js";
import { thresholdFix } from "./thresholdFix.js";

/**
 * The evidence of a calibration shift (the record's `segment.model`, else the latest rollout found
 * in the scores): the new model's flags and precision in its first days against the model it
 * replaced, the shift on the listings both scored, the review work of its false positives, the
 * root cause of the extra false positives, and the threshold re-tuned to the old precision.
 * Without scores, flags or a model only the record is shown, with one line saying why.
 * @example const pm = await calibrationShiftEvidence(ds, incident, { window, examples: 8, replicates: 300 });
 */
export async function calibrationShiftEvidence(
  ds: Dataset,
  incident: Incident,
  context: EvidenceContext,
): Promise<PostMortem> {
  const { window: w } = context;
  const inventory = ds.has("model_scores") ? await modelInventory(ds) : undefined;
  const model = String(incident.segment?.model ?? inventory?.rollout?.after ?? "");
  const absent =
    ds.missing("model_scores", "model scores are not analysed") ??
    ds.missing("flags", "the model's flags are not known") ??
    (model
      ? undefined
      : "the incident record names no model (segment.model) and the scores show no rollout");
  if (absent || !inventory) return recordOnlyEvidence(incident, context, absent!);
  const flags = incidentFlagsSql(ds);
  const s = await calibrationShiftStats(ds, flags, inventory, model, w);
  const [k0, n0] = s.before;
  const until = new Date(+w.start + s.days * 86_400_000);
  const fix = await thresholdFix(ds, {
    model,
    current: s.threshold,
    target: n0 ? k0 / n0 : NaN,
    since: w.start,
    until,
    days: s.days,
    zone: w.zone,
    replicates: context.replicates,
  });
  return {
    incident,
    window: w,
    ...calibrationShiftSections(s, w),
    examples: { caption: "", rows: [] },
    rootCause: await incidentRootCause(ds, flags, {
      kpi: "false-positive flags (flags on listings that are not violations), by flag time",
      dims: [
        "queue",
        "detector",
        "category",
        ...(ds.has("sellers") ? ["seller_tier", "seller_country"] : []),
      ],
      measure: "false_positive",
      time: "flagged_at",
      baseline: w.baseline,
      current: { from: +w.start, to: +until, label: `the first ${s.days.toFixed(0)} days` },
      baselineScale: s.days / w.baselineDays,
    }),
    fix,
    actions: [
      {
        title: "Re-tune the threshold",
        action: `Set ${model}'s threshold to ${fix.threshold?.toFixed(2) ?? "the re-tuned value"} (or recalibrate its scores)`,
        impact: fix.summary,
        owner: "model owners",
      },
      {
        title: "Gate rollouts on shadow scores",
        action:
          "Compare score distributions and flag rates at the threshold during shadow scoring before switching",
        impact: s.shadow?.summary,
        owner: "ML platform",
      },
    ],
    notes: s.costs.notes,
  };
}
