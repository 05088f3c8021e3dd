import type { Dataset } from "../dataset/Dataset.js";
import { wilsonInterval } from "../metrics/wilsonInterval.js";
import { RcaError } from "./RcaError.js";

/** One week of reviewer-confirmed precision with its 95% Wilson interval. */
export interface PrecisionWeek {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  decided: number;
  confirmed: number;
  precision: number;
  lower: number;
  upper: number;
}

/**
 * Options for {@link precisionWeeks}.
 * - `week`: the Monday to explain, or "auto" (default) for the lowest-precision week that has
 *   `baselineWeeks` weeks before it and at least `minDecisions` decisions.
 * - `baselineWeeks`: weeks before it that form the baseline; default 4.
 * - `minDecisions`: fewest decisions of an "auto" candidate; default 30.
 */
export interface PrecisionWeeksOptions {
  week?: string;
  baselineWeeks?: number;
  minDecisions?: number;
}

/** Weekly precision, the week to explain and its baseline weeks. */
export interface PrecisionWeeks {
  weeks: PrecisionWeek[];
  /** The week explained, or undefined when no week qualifies. */
  target?: string;
  baseline: string[];
  /** The newest decision time. */
  newest?: Date;
}

/**
 * Reviewer-confirmed precision per week of a relation of decided reviews (columns `week`,
 * `confirmed`, `reviewed_at`, as from `decidedReviewsSql`), summed in the engine by one GROUP BY,
 * and the week to explain. Throws {@link RcaError} for a `week` without decisions.
 * @example const { target, baseline } = await precisionWeeks(ds, decidedReviewsSql(ds).sql, { week: "auto" });
 */
export async function precisionWeeks(
  ds: Dataset,
  relation: string,
  options: PrecisionWeeksOptions = {},
): Promise<PrecisionWeeks> {
  const { week = "auto", baselineWeeks = 4, minDecisions = 30 } = options;
  const table = await ds.query(
    `SELECT week, count(*) AS decided, sum(confirmed) AS confirmed, max(reviewed_at) AS newest
    FROM ${relation} GROUP BY week ORDER BY week`,
  );
  const rows = table.objects() as {
    week: string;
    decided: number;
    confirmed: number;
    newest: Date;
  }[];
  const weeks = rows.map(({ week: w, decided, confirmed }) => {
    const ci = wilsonInterval(confirmed, decided);
    return {
      week: w,
      decided,
      confirmed,
      precision: ci.estimate,
      lower: ci.lower,
      upper: ci.upper,
    };
  });
  const newest = rows.reduce<Date | undefined>(
    (a, r) => (!a || r.newest > a ? r.newest : a),
    undefined,
  );
  const eligible = weeks.filter((w, i) => i >= baselineWeeks && w.decided >= minDecisions);
  const target =
    week === "auto" ? [...eligible].sort((a, b) => a.precision - b.precision)[0]?.week : week;
  const index = target === undefined ? -1 : weeks.findIndex((w) => w.week === target);
  if (target !== undefined && index < 0)
    throw new RcaError(
      `week ${target} has no decided reviews; choose a Monday between ${weeks[0]?.week} and ${weeks.at(-1)?.week}`,
    );
  const baseline =
    index < 0 ? [] : weeks.slice(Math.max(0, index - baselineWeeks), index).map((w) => w.week);
  return { weeks, target, baseline, newest };
}
