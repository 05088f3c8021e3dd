import type { Dataset } from "../dataset/Dataset.js";

/** One model found in the dataset's scores. */
export interface ModelInfo {
  model: string;
  /** Still scoring on the newest day of scores. */
  active: boolean;
  /** Flags raised by detector `model:<name>`, and the queue most of them went to. */
  flags: number;
  queue?: string;
  /** The lowest score among its flags, rounded down to 0.01: the threshold it flags at. */
  currentThreshold?: number;
}

/** A model that replaced another in the same queue, with its shadow period. */
export interface ModelRollout {
  before: string;
  after: string;
  /** The first score of `after` on a listing `before` did not score: when `after` went live. */
  liveFrom: Date;
  /** Listings both versions scored (the shadow period). */
  shadowListings: number;
}

/** Every model of the dataset and the latest rollout found in its scores and flags. */
export interface ModelInventory {
  models: ModelInfo[];
  rollout?: ModelRollout;
}

/**
 * The models in `model_scores`, which still score, how many flags each raised (detector
 * `model:<name>`), their current threshold read from the flags, and the latest rollout: an active
 * model that took over the queue of a retired one, live from its first score on a listing the
 * retired one did not score. Counted in the engine.
 * @example const { models, rollout } = await modelInventory(ds);
 */
export async function modelInventory(ds: Dataset): Promise<ModelInventory> {
  const { literal, day, nullOf, mostFrequent } = ds.dialect;
  const flagged = ds.has("flags")
    ? `SELECT substr(f.detector, 7) AS model, ${mostFrequent("f.queue")} AS queue, count(*) AS flags, min(s.score) AS min_score
  FROM flags f JOIN model_scores s ON s.listing_id = f.listing_id AND s.model = substr(f.detector, 7)
  WHERE f.detector LIKE 'model:%' GROUP BY 1`
    : `SELECT ${nullOf("string")} AS model, ${nullOf("string")} AS queue, 0 AS flags, ${nullOf("number")} AS min_score WHERE false`;
  const rows = (
    await ds.query(`WITH m AS (SELECT model, max(scored_at) AS last_scored FROM model_scores GROUP BY model),
f AS (${flagged})
SELECT m.model AS model, ${day("m.last_scored")} = (SELECT ${day("max(last_scored)")} FROM m) AS active,
  f.queue AS queue, coalesce(f.flags, 0) AS flags, f.min_score AS min_score
FROM m LEFT JOIN f USING (model) ORDER BY m.model`)
  ).objects() as {
    model: string;
    active: boolean;
    queue: string | null;
    flags: number;
    min_score: number | null;
  }[];
  const models: ModelInfo[] = rows.map((r) => ({
    model: r.model,
    active: r.active,
    flags: Number(r.flags),
    queue: r.queue ?? undefined,
    // Flags fire at score ≥ threshold; the lowest flagged score sits just above it.
    currentThreshold: r.min_score === null ? undefined : Math.floor(r.min_score * 100 + 1e-9) / 100,
  }));
  let rollout: ModelRollout | undefined;
  for (const after of models.filter((m) => m.active && m.queue)) {
    const before = models.find((m) => !m.active && m.queue === after.queue);
    if (!before) continue;
    const found = (
      await ds.query(`SELECT
  (SELECT min(scored_at) FROM model_scores WHERE model = ${literal(after.model)}
    AND listing_id NOT IN (SELECT listing_id FROM model_scores WHERE model = ${literal(before.model)})) AS live_from,
  (SELECT count(DISTINCT listing_id) FROM model_scores WHERE model = ${literal(after.model)}
    AND listing_id IN (SELECT listing_id FROM model_scores WHERE model = ${literal(before.model)})) AS shadow`)
    ).object(0) as { live_from: Date | null; shadow: number };
    if (!found.live_from) continue;
    if (!rollout || found.live_from > rollout.liveFrom)
      rollout = {
        before: before.model,
        after: after.model,
        liveFrom: found.live_from,
        shadowListings: Number(found.shadow),
      };
  }
  return { models, rollout };
}
