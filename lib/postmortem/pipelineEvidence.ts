import type { Dataset } from "../dataset/Dataset.js";
import { kitTableNames, type KitTableName } from "../dataset/kitTables.js";
import type { Incident } from "../dataset/readIncidents.js";
import { int, perDay, segmentText } from "./incidentText.js";
import type { EvidenceContext, PostMortem } from "./PostMortem.js";
import { sqlBetween } from "./sqlTime.js";

/** The time column a table's volume is counted by (events is a stream with no column contract). */
const volumeTime: Partial<Record<KitTableName, string>> = {
  listings: "created_at",
  model_scores: "scored_at",
  flags: "flagged_at",
  reviews: "reviewed_at",
  audits: "audited_at",
  appeals: "appealed_at",
};

/**
 * The evidence of an incident in the data pipeline (any kind the kit has no detection analysis
 * for): the affected table's rows per day during the incident against the baseline days, counted
 * in the engine, and a reconciliation as the action. No detection KPI is searched.
 * @example const pm = await pipelineEvidence(ds, feedGap, { window, examples: 8, replicates: 300 });
 */
export async function pipelineEvidence(
  ds: Dataset,
  incident: Incident,
  context: EvidenceContext,
): Promise<PostMortem> {
  const { window: w } = context;
  const affected = (incident.affected ?? {}) as { table?: string; rows?: number };
  const table = (kitTableNames as readonly string[]).includes(affected.table ?? "")
    ? (affected.table as KitTableName)
    : undefined;
  const time = table ? volumeTime[table] : undefined;
  const where = affected.table ?? segmentText(incident.segment ?? {});
  const days = (+w.end - +w.start) / 86_400_000;
  const volume =
    table && time && ds.has(table)
      ? ((
          await ds.query(`SELECT ${ds.dialect.countIf(sqlBetween(ds.dialect, time, w.start, w.end))} AS during,
      ${ds.dialect.countIf(sqlBetween(ds.dialect, time, w.baselineStart, w.start))} AS before FROM ${table}`)
        ).object(0) as { during: number; before: number })
      : undefined;
  const note =
    table && !ds.has(table)
      ? ds.missing(table, "its volume is not counted")!
      : !volume
        ? `${where} is not a kit table with a time column (events is a stream without one): its volume is not counted`
        : undefined;
  const rates = volume
    ? `${perDay(Number(volume.during), days)} during the incident against ${perDay(Number(volume.before), w.baselineDays)} in the ${w.baselineDays} days before`
    : "";
  const source =
    ds.has("events") && table !== "events"
      ? "the event stream (the dataset's events table)"
      : "its source system";
  return {
    incident,
    window: w,
    headline: `A ${incident.kind || "data"} incident in the data pipeline (${where})${volume ? `: ${where} has ${rates} (by ${time})` : ""}.`,
    timeline: [
      { event: "Start", when: w.start, evidence: "incident record" },
      { event: "End", when: w.end, evidence: "incident record" },
    ],
    impact: [
      ...(typeof affected.rows === "number"
        ? [
            {
              name: "Rows affected",
              value: int(affected.rows),
              status: "at_risk" as const,
              detail: `table ${where} (incident record)`,
            },
          ]
        : []),
      ...(volume
        ? [
            {
              name: `Rows of ${where} per day`,
              value: perDay(Number(volume.during), days),
              status: "at_risk" as const,
              detail: `${perDay(Number(volume.before), w.baselineDays)} in the ${w.baselineDays} days before (by ${time})`,
            },
          ]
        : []),
    ],
    examples: { caption: "", rows: [] },
    rootCauseNote: `No detection KPI is searched for a ${incident.kind || "pipeline"} incident: the segment search explains detection incidents (evasion, rule changes, calibration shifts).`,
    fix: {
      title: "",
      rows: [],
      summary: `No detection fix to replay: reconcile ${where} against ${source}.`,
    },
    actions: [
      {
        title: "Reconcile the pipeline",
        action: `Reconcile ${where} against ${source} daily and alert on gaps or duplicates`,
        owner: "data platform",
      },
    ],
    notes: note ? [note] : [],
  };
}
