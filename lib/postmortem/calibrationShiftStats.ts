import type { Dataset } from "../dataset/Dataset.js";
import { calibrationShift } from "../tuning/calibrationShift.js";
import type { ModelInventory } from "../tuning/modelInventory.js";
import { modelScoreWindow } from "../tuning/modelScoreWindow.js";
import type { CalibrationShiftStats } from "./calibrationShiftSections.js";
import { flagCosts } from "./flagCosts.js";
import type { IncidentWindow } from "./incidentWindow.js";
import { sqlBetween } from "./sqlTime.js";

/**
 * The statistics of a calibration shift, counted in the engine: the new model's flags in its first
 * days and the replaced models' in the baseline (over `incidentFlagsSql`), the shift on the listings
 * both scored, the threshold its latest flags start at, and what its false positives cost.
 * @example await calibrationShiftStats(ds, incidentFlagsSql(ds), await modelInventory(ds), "m2", window)
 */
export async function calibrationShiftStats(
  ds: Dataset,
  flags: string,
  inventory: ModelInventory,
  model: string,
  w: IncidentWindow,
): Promise<CalibrationShiftStats> {
  const info = inventory.models.find((m) => m.model === model);
  const previous =
    inventory.rollout?.after === model
      ? [inventory.rollout.before]
      : inventory.models
          .filter((m) => m.model !== model && m.queue && m.queue === info?.queue)
          .map((m) => m.model);
  const { literal, countIf, minOf, sumOf } = ds.dialect;
  const firstEnd = new Date(Math.min(+w.end, +w.start + w.baselineDays * 86_400_000));
  const mine = `detector = ${literal(`model:${model}`)} AND ${sqlBetween(ds.dialect, "flagged_at", w.start, firstEnd)}`;
  const old = `detector IN (${previous.map((m) => literal(`model:${m}`)).join(", ") || "NULL"}) AND ${sqlBetween(ds.dialect, "flagged_at", w.baselineStart, w.start)}`;
  const f = (
    await ds.query(`SELECT coalesce(${sumOf("hit", mine)}, 0) AS k1, ${countIf(mine)} AS n1, ${minOf("flagged_at", mine)} AS first_flag,
    coalesce(${sumOf("hit", old)}, 0) AS k0, ${countIf(old)} AS n0 FROM ${flags}`)
  ).object(0) as Record<string, unknown>;
  const threshold = info?.currentThreshold ?? 0.5;
  return {
    model,
    previous,
    threshold,
    days: (+firstEnd - +w.start) / 86_400_000,
    during: [Number(f.k1), Number(f.n1)],
    before: [Number(f.k0), Number(f.n0)],
    firstFlag: (f.first_flag as Date | null) ?? undefined,
    shadow: previous[0] ? await shadowShift(ds, previous[0], model, threshold) : undefined,
    mitigation: await mitigationText(ds, model, threshold, w.baselineDays),
    costs: await flagCosts(ds, `SELECT listing_id FROM ${flags} WHERE ${mine} AND hit = 0`),
  };
}

/** The shift of `after`'s scores against `before`'s on the listings both scored (shadow traffic). */
async function shadowShift(ds: Dataset, before: string, after: string, threshold: number) {
  const b = await modelScoreWindow(ds, { model: before, sharedWith: after });
  const a = await modelScoreWindow(ds, { model: after, sharedWith: before });
  if (!a.n) return undefined;
  const start = (
    await ds.sql`SELECT min(scored_at) AS t FROM model_scores WHERE model = ${after}`
  ).get("t", 0) as Date;
  const shift = calibrationShift(b.counts, a.counts, threshold);
  return {
    start,
    listings: a.n,
    summary: shift.summary,
    higher: shift.flagRateAfter >= shift.flagRateBefore,
  };
}

/** Whether the model's latest flags show a raised threshold: the lowest score it flagged lately. */
async function mitigationText(
  ds: Dataset,
  model: string,
  threshold: number,
  days: number,
): Promise<string> {
  const { literal } = ds.dialect;
  const detector = literal(`model:${model}`);
  const low = (
    await ds.query(`SELECT min(s.score) AS low FROM flags f JOIN model_scores s ON s.listing_id = f.listing_id AND s.model = ${literal(model)}
    WHERE f.detector = ${detector} AND f.flagged_at >= (SELECT max(flagged_at) FROM flags WHERE detector = ${detector}) - INTERVAL ${days} DAY`)
  ).get("low", 0) as number | null;
  if (low === null) return `${model} raises no flag in the data`;
  const latest = Math.floor(low * 100 + 1e-9) / 100;
  return latest > threshold
    ? `${model}'s flags of its last ${days} days start at ${latest.toFixed(2)}: the threshold was raised from ${threshold.toFixed(2)}`
    : `none in the data: ${model}'s flags of its last ${days} days still start at ${latest.toFixed(2)}`;
}
