import type { Dataset } from "../dataset/Dataset.js";
import type { Incident } from "../dataset/readIncidents.js";
import { flagCosts } from "./flagCosts.js";
import type { IncidentWindow } from "./incidentWindow.js";
import type { RuleChangeStats } from "./ruleChangeSections.js";
import type { RuleVersion } from "./ruleVersionsFix.js";
import { sqlBetween } from "./sqlTime.js";

/**
 * The statistics of a rule change, counted in the engine over the flags relation
 * (`incidentFlagsSql`): the rule's flags and true positives before and during, the flag at which an
 * alert on three normal days' hits would have fired, and what its false positives cost.
 * @example await ruleChangeStats(ds, incidentFlagsSql(ds), incident, "contact_phone", window)
 */
export async function ruleChangeStats(
  ds: Dataset,
  flags: string,
  incident: Incident,
  rule: string,
  w: IncidentWindow,
): Promise<RuleChangeStats> {
  const { literal, countIf, minOf, sumOf, mostFrequent } = ds.dialect;
  const mine = `detector = ${literal(`rule:${rule}`)}`;
  const [before, during] = [
    sqlBetween(ds.dialect, "flagged_at", w.baselineStart, w.start),
    sqlBetween(ds.dialect, "flagged_at", w.start, w.end),
  ];
  const f = (
    await ds.query(`SELECT coalesce(${sumOf("hit", before)}, 0) AS k0, ${countIf(before)} AS n0,
    coalesce(${sumOf("hit", during)}, 0) AS k1, ${countIf(during)} AS n1,
    ${minOf("flagged_at", during)} AS first_flag, ${mostFrequent("queue", during)} AS queue
    FROM ${flags} WHERE ${mine}`)
  ).object(0) as Record<string, unknown>;
  const hits = Math.max(1, Math.ceil((3 * Number(f.n0)) / w.baselineDays));
  const alarm = (
    await ds.query(
      `SELECT flagged_at FROM ${flags} WHERE ${mine} AND ${during} ORDER BY flagged_at LIMIT 1 OFFSET ${hits - 1}`,
    )
  ).objects()[0] as { flagged_at: Date } | undefined;
  const versions = changedVersions(incident, w);
  return {
    rule,
    queue: String(incident.segment?.queue ?? f.queue ?? "its"),
    before: [Number(f.k0), Number(f.n0)],
    during: [Number(f.k1), Number(f.n1)],
    firstFlag: (f.first_flag as Date | null) ?? undefined,
    alarm: { hits, at: alarm?.flagged_at },
    versions,
    rollback: rollbackText(incident, versions),
    costs: await flagCosts(
      ds,
      `SELECT listing_id FROM ${flags} WHERE ${mine} AND ${during} AND hit = 0`,
    ),
  };
}

/** The version live from the incident's start (the change) and those after it (the fix). */
function changedVersions(incident: Incident, w: IncidentWindow): RuleVersion[] {
  const all = Array.isArray(incident.rule_versions)
    ? (incident.rule_versions as RuleVersion[])
    : [];
  const sorted = [...all].sort((a, b) => Date.parse(a.updated_at) - Date.parse(b.updated_at));
  const changed = sorted.filter((v) => Date.parse(v.updated_at) <= +w.start).at(-1);
  return changed ? sorted.slice(sorted.indexOf(changed)) : [];
}

function rollbackText(incident: Incident, versions: readonly RuleVersion[]): string {
  const next = versions[1];
  if (!next) return "end of the incident record";
  const same = (incident.rule_versions as RuleVersion[]).find(
    (v) => v.version !== next.version && v.when === next.when,
  );
  return `v${next.version}${same ? ` (= v${same.version})` : ""}, ${next.updated_at}`;
}
