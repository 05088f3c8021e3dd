import type { Dataset } from "../dataset/Dataset.js";
import type { Incident } from "../dataset/readIncidents.js";
import { incidentFlagsSql } from "./incidentFlagsSql.js";
import { incidentRootCause } from "./incidentRootCause.js";
import { recordOnlyEvidence } from "./recordOnlyEvidence.js";
import type { EvidenceContext, PostMortem } from "./PostMortem.js";
import { ruleChangeSections } from "./ruleChangeSections.js";
import { ruleChangeStats } from "./ruleChangeStats.js";
import { ruleVersionsFix } from "./ruleVersionsFix.js";
import { sqlBetween } from "./sqlTime.js";

/**
 * The evidence of a rule change (the record's `segment.rule`): the rule's flags and their precision
 * before and during, when an alert on its hit rate could have paged, the reviews and wrong actions
 * its false positives cost, the root cause of the precision drop, and each version replayed.
 * Without a rule or a flags table only the record is shown, with one line saying why.
 * @example const pm = await ruleChangeEvidence(ds, incident, { window, rules, examples: 8, replicates: 300 });
 */
export async function ruleChangeEvidence(
  ds: Dataset,
  incident: Incident,
  context: EvidenceContext,
): Promise<PostMortem> {
  const { window: w } = context;
  const rule = String(incident.segment?.rule ?? "");
  const absent = rule
    ? ds.missing("flags", "the rule's hits are not known")
    : "the incident record names no rule (segment.rule): its flags are not analysed";
  if (absent) return recordOnlyEvidence(incident, context, absent);
  const flags = incidentFlagsSql(ds);
  const stats = await ruleChangeStats(ds, flags, incident, rule, w);
  const falsePositives = `detector = ${ds.dialect.literal(`rule:${rule}`)} AND ${sqlBetween(ds.dialect, "flagged_at", w.start, w.end)} AND hit = 0`;
  const alarm = stats.alarm.at;
  const fix = await ruleVersionsFix(ds, {
    rule,
    versions: stats.versions,
    rules: context.rules,
    window: w,
  });
  return {
    incident,
    window: w,
    ...ruleChangeSections(stats, w),
    examples: {
      caption: `Listings ${rule} flagged during the incident that are not violations (titles as written by sellers, escaped).`,
      rows: (
        await ds.query(
          `SELECT listing_id, title, category FROM ${flags} WHERE ${falsePositives} ORDER BY flagged_at, rn LIMIT ${context.examples}`,
        )
      ).objects() as Record<string, unknown>[],
    },
    rootCause: await incidentRootCause(ds, flags, {
      kpi: "flag precision (share of flags on real violations), by flag time",
      dims: [
        "queue",
        "detector",
        "category",
        ...(ds.has("sellers") ? ["seller_tier", "seller_country"] : []),
      ],
      numerator: "hit",
      denominator: 1,
      time: "flagged_at",
      baseline: w.baseline,
      current: w.current,
    }),
    fix,
    actions: [
      {
        title: "Backtest before deploy",
        action: `Require a backtest of every rule edit on the last ${w.baselineDays} days (hits/day and precision) before a change like this one to ${rule} ships`,
        impact: fix.summary,
        owner: "detection platform",
      },
      {
        title: "Alert on hit-rate jumps",
        action: `Page the rule owner when a rule fires more than 3× its ${w.baselineDays}-day daily mean within a day`,
        impact: alarm
          ? `would have paged ${((+alarm - +w.start) / 3_600_000).toFixed(1)} h after the change`
          : undefined,
        owner: "TnS analytics",
      },
    ],
    notes: stats.costs.notes,
  };
}
