import type { Dataset } from "../dataset/Dataset.js";
import { mergeScoreCounts } from "../metrics/mergeScoreCounts.js";
import type { ScoreCounts } from "../metrics/ScoreCounts.js";
import { scoreCountsQuery } from "../metrics/scoreCountsQuery.js";
import type { SegmentScoreCounts } from "../metrics/scoreCountsBy.js";
import { scoredListingsSql } from "./scoredListingsSql.js";

/** Options for {@link modelScoreWindow}. */
export interface ModelScoreWindowOptions {
  model: string;
  /** Scores at or after this instant. Default: all. */
  since?: Date;
  /** Only days (`YYYY-MM-DD`, local) before this one. Default: no limit. */
  beforeDay?: string;
  /** Only days from this one on. Default: no limit. */
  fromDay?: string;
  /** Only listings `model` and this other model both scored. Default: all. */
  sharedWith?: string;
  /** Also count per group of these columns of `scoredListingsSql` (e.g. category). Default none. */
  by?: readonly string[];
}

/** One model's scores in a window: ground-truth score counts and the daily volume. */
export interface ModelScoreWindow {
  counts: ScoreCounts;
  /** Scored listings in the window. */
  n: number;
  /** Days with scores, in order, and the scores on each. */
  days: string[];
  dailyVolume: number[];
  /** With `by`: the counts of each group, as `scoreCountsQuery` gives them. */
  groups?: SegmentScoreCounts[];
}

/**
 * A model's scores in a time window as score counts against the listings' ground truth (one GROUP
 * BY on the exact score in the engine) and scored listings per day.
 * @example const { counts, days } = await modelScoreWindow(ds, { model: "m1", since: new Date("2026-09-01") });
 */
export async function modelScoreWindow(
  ds: Dataset,
  options: ModelScoreWindowOptions,
): Promise<ModelScoreWindow> {
  const { model, since, beforeDay, fromDay, sharedWith, by } = options;
  const { literal } = ds.dialect;
  const where = [
    `model = ${literal(model)}`,
    since ? `scored_at >= ${ds.dialect.timestampLiteral(since.toISOString())}` : "",
    beforeDay ? `day < ${literal(beforeDay)}` : "",
    fromDay ? `day >= ${literal(fromDay)}` : "",
    sharedWith
      ? `listing_id IN (SELECT listing_id FROM model_scores WHERE model = ${literal(sharedWith)})`
      : "",
  ]
    .filter(Boolean)
    .join(" AND ");
  const { groups } = await scoreCountsQuery(ds, {
    from: scoredListingsSql(ds),
    score: "score",
    label: "is_violation",
    where,
  });
  const volume = await ds.query(
    `SELECT day, count(*) AS n FROM ${scoredListingsSql(ds)} WHERE ${where} GROUP BY day ORDER BY day`,
  );
  const dailyVolume = (volume.array("n") as number[]).map(Number);
  return {
    counts: groups.length ? groups[0].counts : mergeScoreCounts(),
    n: dailyVolume.reduce((a, b) => a + b, 0),
    days: volume.array("day") as string[],
    dailyVolume,
    ...(by?.length
      ? {
          groups: (
            await scoreCountsQuery(ds, {
              from: scoredListingsSql(ds),
              score: "score",
              label: "is_violation",
              by,
              where,
            })
          ).groups,
        }
      : {}),
  };
}
