import type { Dataset } from "../dataset/Dataset.js";
import { ident, literal } from "../dataset/sqlText.js";
import type { ReportWindow } from "./reportWindow.js";

/** A SQL condition: the local day of `column` lies in the window. */
export const inWindowSql = (column: string, window: ReportWindow): string =>
  `strftime(${ident(column)}, '%Y-%m-%d') BETWEEN ${literal(window.from)} AND ${literal(window.to)}`;

/** A SQL expression: the local `YYYY-MM-DD` day (or Monday of the week) of a timestamp column. */
export const periodSql = (column: string, grain: "day" | "week"): string =>
  grain === "day"
    ? `strftime(${ident(column)}, '%Y-%m-%d')`
    : `strftime(date_trunc('week', ${ident(column)}), '%Y-%m-%d')`;

/**
 * The flags raised in the window, numbered in file order (`flag_order`): the dataset's flags, or
 * an empty relation with the same columns when it has none.
 */
export const windowFlagsSql = (ds: Dataset, window: ReportWindow): string =>
  ds.has("flags")
    ? `(SELECT listing_id, flagged_at, detector, policy, queue, flag_order FROM (SELECT *, row_number() OVER () AS flag_order FROM flags) WHERE ${inWindowSql("flagged_at", window)})`
    : `(SELECT NULL::VARCHAR AS listing_id, NULL::TIMESTAMPTZ AS flagged_at, NULL::VARCHAR AS detector,
  NULL::VARCHAR AS policy, NULL::VARCHAR AS queue, NULL::BIGINT AS flag_order WHERE false)`;
