import type { Dataset } from "./Dataset.js";
import type { KitTableName } from "./kitTables.js";

/** Options for {@link timeSpan}: local days (`YYYY-MM-DD`, the dataset's zone), both ends included. */
export interface TimeSpanOptions {
  /** First day counted. Default: no limit. */
  from?: string;
  /** Last day counted. Default: no limit. */
  to?: string;
}

/** The rows of a table with a time in a span, and the days and instant of the oldest and newest. */
export interface TimeSpan {
  rows: number;
  /** Day of the oldest time, or null without rows. */
  first: string | null;
  /** Day of the newest time, or null without rows. */
  last: string | null;
  /** The newest time, or null without rows. */
  newest: Date | null;
}

/**
 * How many rows of a kit table have a time column on the given days (dataset's zone), with the
 * first and last day and the newest instant: one aggregate in the engine, in its dialect.
 * @example const { rows, newest } = await timeSpan(ds, "reviews", "reviewed_at", { from: "2026-08-01", to: "2026-10-29" });
 */
export async function timeSpan(
  ds: Dataset,
  table: KitTableName,
  column: string,
  options: TimeSpanOptions = {},
): Promise<TimeSpan> {
  const { ident, literal, day, minOf, maxOf } = ds.dialect;
  const t = ident(column);
  const where = [
    `${t} IS NOT NULL`,
    ...(options.from === undefined ? [] : [`${day(t)} >= ${literal(options.from)}`]),
    ...(options.to === undefined ? [] : [`${day(t)} <= ${literal(options.to)}`]),
  ].join(" AND ");
  const row = (
    await ds.query(
      `SELECT count(*) AS n, ${day(minOf(t))} AS first, ${day(maxOf(t))} AS last, ${maxOf(t)} AS newest FROM ${ident(table)} WHERE ${where}`,
    )
  ).object(0) as { n: number; first: string | null; last: string | null; newest: Date | null };
  return { rows: Number(row.n), first: row.first, last: row.last, newest: row.newest };
}
