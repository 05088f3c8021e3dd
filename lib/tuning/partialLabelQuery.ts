import type { Dataset } from "../dataset/Dataset.js";
import type { LabelledSample } from "../metrics/LabelledSample.js";
import {
  partialLabelSample,
  type AuditedScore,
  type LabelledScore,
} from "../metrics/partialLabelSample.js";

/** Options for {@link partialLabelQuery}. */
export interface PartialLabelQueryOptions {
  model: string;
  /** Scores at or after this instant. Default: all. */
  since?: Date;
}

/** The labelled sample of reviews and audits, and how many of each it rests on. */
export interface PartialLabels {
  sample: LabelledSample;
  flagged: number;
  reviewed: number;
  audited: number;
}

/**
 * The labels TnS has for one model's scored listings, joined in the engine: reviewer decisions on
 * the flagged ones (any detector; escalations left out) as (score, label, count), and the audits of
 * scored listings with their inclusion probabilities, fed to `partialLabelSample`.
 * @example const { sample } = await partialLabelQuery(ds, { model: "m1" });
 */
export async function partialLabelQuery(
  ds: Dataset,
  options: PartialLabelQueryOptions,
): Promise<PartialLabels> {
  const { model, since } = options;
  const { literal, lastBy, timestampLiteral } = ds.dialect;
  const scored = `SELECT listing_id, ${lastBy("score", "scored_at")} AS score FROM model_scores WHERE model = ${literal(model)}${since ? ` AND scored_at >= ${timestampLiteral(since.toISOString())}` : ""} GROUP BY listing_id`;
  const withSql = `WITH w AS (${scored}), fl AS (SELECT DISTINCT listing_id FROM flags WHERE listing_id IN (SELECT listing_id FROM w))`;
  const flagged = Number((await ds.query(`${withSql} SELECT count(*) AS n FROM fl`)).get("n", 0));
  const decided = (
    await ds.query(`${withSql} SELECT w.score, coalesce(r.decision = 'violation', false) AS label, count(*) AS n
FROM reviews r JOIN fl USING (listing_id) JOIN w USING (listing_id)
WHERE r.decision IS DISTINCT FROM 'escalate' GROUP BY ALL ORDER BY ALL`)
  ).objects() as { score: number; label: boolean; n: number }[];
  const reviewed: LabelledScore[] = decided.flatMap((r) =>
    Array.from({ length: Number(r.n) }, () => ({ score: r.score, label: r.label })),
  );
  const audits = (
    await ds.query(`WITH w AS (${scored}) SELECT w.score, a.label = 'violation' AS label, a.inclusion_prob, a.stratum
FROM audits a JOIN w USING (listing_id)`)
  ).objects() as {
    score: number;
    label: boolean;
    inclusion_prob: number;
    stratum: string | null;
  }[];
  const audited: AuditedScore[] = audits.map((a) => ({
    score: a.score,
    label: a.label,
    inclusionProbability: a.inclusion_prob,
    stratum: a.stratum ?? undefined,
  }));
  return {
    sample: partialLabelSample({ reviewed, flagged, audited }),
    flagged,
    reviewed: reviewed.length,
    audited: audited.length,
  };
}
