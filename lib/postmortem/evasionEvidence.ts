import type { Dataset } from "../dataset/Dataset.js";
import type { Incident } from "../dataset/readIncidents.js";
import { relationColumns } from "../dataset/relationColumns.js";
import { affectedListingsCondition } from "./affectedListingsCondition.js";
import { evasionActions } from "./evasionActions.js";
import { evasionExamples } from "./evasionExamples.js";
import { evasionSections } from "./evasionSections.js";
import { evasionStats } from "./evasionStats.js";
import { incidentListingsSql } from "./incidentListingsSql.js";
import { incidentRootCause } from "./incidentRootCause.js";
import { segmentText } from "./incidentText.js";
import { normalizedTextRuleFix } from "./normalizedTextRuleFix.js";
import type { EvidenceContext, PostMortem } from "./PostMortem.js";
import { sqlBetween } from "./sqlTime.js";

/**
 * The evidence of an evasion incident: the affected listings (the sellers the record names, else its
 * segment), what detection missed of them, the policy's recall before and during, the first signals,
 * the root cause of the missed violations, and the policy's text rules replayed with normalisation.
 * @example const pm = await evasionEvidence(ds, incident, { window, rules, examples: 8, replicates: 300 });
 */
export async function evasionEvidence(
  ds: Dataset,
  incident: Incident,
  context: EvidenceContext,
): Promise<PostMortem> {
  const { window: w, rules } = context;
  const listings = incidentListingsSql(ds);
  const columns = (await relationColumns(ds, listings)).map((c) => c.name);
  const affected = affectedListingsCondition(incident, w, columns, ds.dialect);
  const stats = await evasionStats(ds, listings, affected, w, segmentText(incident.segment ?? {}));
  const from = `(SELECT *, (${affected.sql}) AS in_wave FROM ${listings} WHERE ${sqlBetween(ds.dialect, "created_at", w.start, w.end)})`;
  const replay =
    rules && stats.policy
      ? await normalizedTextRuleFix(ds, { rules, policy: stats.policy, from, affected: "in_wave" })
      : undefined;
  const replayed = replay?.rules.length ? replay : undefined;
  const sections = evasionSections(stats, w, {
    rules:
      replayed?.rules.map((r) => r.id).join(" + ") ?? `the ${stats.policy || "violation"} rules`,
    hitAsWritten: replayed?.affectedHits[0],
  });
  return {
    incident,
    window: w,
    ...sections,
    examples: await evasionExamples(
      ds,
      listings,
      affected.sql,
      replay?.normalized,
      context.examples,
    ),
    rootCause: stats.flagsNote
      ? undefined
      : await incidentRootCause(ds, listings, {
          kpi: "missed violations (violating listings no detector flagged), by listing creation time",
          dims: [
            "category",
            ...(ds.has("sellers") ? ["seller_tier", "seller_country", "verified"] : []),
          ],
          measure: "missed",
          time: "created_at",
          baseline: w.baseline,
          current: w.current,
          baselineScale: (+w.end - +w.start) / (+w.start - +w.baselineStart),
        }),
    rootCauseNote: stats.flagsNote,
    fix: replay?.fix ?? {
      title: "",
      rows: [],
      summary: rules
        ? "The wave has no violation: there is no policy whose rules to replay."
        : "The dataset names no rule file: no rule fix is replayed.",
    },
    actions: evasionActions(incident, w, {
      replay,
      stratum: stats.stratum,
      firstFinding: stats.firstFinding,
    }),
    notes: [...affected.notes, stats.flagsNote, stats.auditsNote].filter((n) => n !== undefined),
  };
}
