import type { Dataset } from "../dataset/Dataset.js";
import { duckDbDialect } from "../engine/duckDbDialect.js";
import type { SqlDialect } from "../engine/SqlDialect.js";
import type { ReportWindow } from "./ReportWindow.js";

/** A SQL condition: the local day of `column` lies in the window (dialect default DuckDB's). */
export const inWindowSql = (
  column: string,
  window: ReportWindow,
  dialect: SqlDialect = duckDbDialect,
): string =>
  `${dialect.day(dialect.ident(column))} BETWEEN ${dialect.literal(window.from)} AND ${dialect.literal(window.to)}`;

/** A SQL expression: the local `YYYY-MM-DD` day (or Monday of the week) of a timestamp column. */
export const periodSql = (
  column: string,
  grain: "day" | "week",
  dialect: SqlDialect = duckDbDialect,
): string =>
  grain === "day" ? dialect.day(dialect.ident(column)) : dialect.week(dialect.ident(column));

/**
 * The flags raised in the window, numbered in file order (`flag_order`): the dataset's flags, or
 * an empty relation with the same columns when it has none.
 */
export const windowFlagsSql = (ds: Dataset, window: ReportWindow): string =>
  ds.has("flags")
    ? `(SELECT listing_id, flagged_at, detector, policy, queue, flag_order FROM (SELECT *, ${ds.dialect.rowNumber} AS flag_order FROM flags) WHERE ${inWindowSql("flagged_at", window, ds.dialect)})`
    : `(SELECT ${ds.dialect.nullOf("string")} AS listing_id, ${ds.dialect.nullOf("timestamp")} AS flagged_at, ${ds.dialect.nullOf("string")} AS detector,
  ${ds.dialect.nullOf("string")} AS policy, ${ds.dialect.nullOf("string")} AS queue, ${ds.dialect.nullOf("integer")} AS flag_order WHERE false)`;
