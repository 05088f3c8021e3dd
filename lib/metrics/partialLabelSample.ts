import { countScores } from "./countScores.js";
import type { LabelledSample, LabelledStratum } from "./LabelledSample.js";
import { badInclusion, badPositive } from "./messages.js";
import { MetricsError } from "./MetricsError.js";

/** A reviewed flag or an audited listing: its score and the human label. */
export interface LabelledScore {
  score: number;
  /** Reviewer or auditor verdict: violation (true/1) or not. */
  label: boolean | 0 | 1;
}

/** An audited unflagged listing, sampled with a known inclusion probability. */
export interface AuditedScore extends LabelledScore {
  /** The probability the audit design gave this listing of being sampled (its stratum's rate). */
  inclusionProbability: number;
  /** Audit stratum; default: grouped by inclusion probability. */
  stratum?: string;
}

/** Options for {@link partialLabelSample}. */
export interface PartialLabelSampleOptions {
  /** Reviewer decisions on flagged listings (escalations left out). */
  reviewed: readonly LabelledScore[];
  /** All flagged listings, reviewed or not; each review stands for flagged / reviewed of them. */
  flagged: number;
  /** Audits of unflagged listings. */
  audited: readonly AuditedScore[];
  /** See CountScoresOptions.resolution. Default "exact". */
  resolution?: number | "exact";
}

/**
 * The labelled sample TnS actually has: reviewer decisions on flagged listings (weighted up to all
 * flags) and a stratified audit of unflagged listings (each weighted by 1 / inclusion
 * probability). Precision then rests on the reviews, recall on the audits' estimate of missed
 * violations — `basis` says so with the counts.
 * @example partialLabelSample({ reviewed, flagged: 1463, audited })
 */
export function partialLabelSample(options: PartialLabelSampleOptions): LabelledSample {
  const { reviewed, flagged, audited, resolution } = options;
  if (!(flagged >= reviewed.length && Number.isFinite(flagged)))
    throw new MetricsError(
      badPositive("flagged", flagged, `${reviewed.length} (at least the reviewed flags)`),
    );
  const counts = (rows: readonly LabelledScore[]) =>
    countScores(
      rows.map((r) => r.score),
      rows.map((r) => r.label),
      { resolution },
    );
  const strata: LabelledStratum[] = [];
  if (reviewed.length)
    strata.push({
      name: "reviewed flags",
      counts: counts(reviewed),
      weight: flagged / reviewed.length,
    });
  const groups = new Map<string, AuditedScore[]>();
  audited.forEach((a, i) => {
    if (!(a.inclusionProbability > 0 && a.inclusionProbability <= 1))
      throw new MetricsError(badInclusion(i + 1, a.inclusionProbability));
    const key = `${a.stratum ?? "audit"}|${a.inclusionProbability}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  });
  for (const [key, rows] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1)))
    strata.push({
      name: `audit: ${key.split("|")[0]}`,
      counts: counts(rows),
      weight: 1 / rows[0].inclusionProbability,
    });
  const confirmed = reviewed.filter((r) => r.label === true || r.label === 1).length;
  const missed = audited.filter((r) => r.label === true || r.label === 1).length;
  const fmt = (x: number) => x.toLocaleString("en-US");
  return {
    strata,
    basis:
      `precision from ${fmt(reviewed.length)} reviewer decisions on ${fmt(flagged)} flagged listings (${fmt(confirmed)} violations); ` +
      `recall from ${fmt(audited.length)} audits of unflagged listings in ${groups.size} strata (${fmt(missed)} violations found), weighted by 1 / inclusion probability`,
  };
}
